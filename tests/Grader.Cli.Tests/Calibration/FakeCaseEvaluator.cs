using Grader.Pipeline.Calibration;
using Grader.Pipeline.Evaluation.Model;

namespace Grader.Cli.Tests.Calibration;

/// <summary>
/// A test double of the evaluation: a pre-assessment built from the case's own labels, with a chosen level and
/// presence. It records the provider it was created for and whether it was disposed.
/// </summary>
internal sealed class FakeCaseEvaluator(
    string? provider, Func<LabelledCriterion, int?> level, Func<LabelledDeliverable, DeliverablePresence> presence) : ICaseEvaluator, IDisposable
{
    public string? Provider { get; } = provider;

    public bool Disposed { get; private set; }

    public static FakeCaseEvaluator Echo(string? provider) => new(provider, l => l.Level, d => d.Presence);

    public static FakeCaseEvaluator AlwaysTwo(string? provider) =>
        new(provider, l => l.Competence.Assessment.Mode == Grader.Pipeline.Rubrics.AssessmentMode.Oral ? null : 2, _ => DeliverablePresence.Present);

    public Task<PreAssessment> EvaluateAsync(EvaluationCase evaluationCase, CancellationToken cancellationToken) => Task.FromResult(new PreAssessment
    {
        Epreuve = evaluationCase.Epreuve.Id,
        EpreuveSourceCode = evaluationCase.Epreuve.SourceCode,
        RubricId = evaluationCase.Rubric.Id,
        RubricVersion = evaluationCase.Rubric.Version,
        RubricFingerprint = "test",
        Provider = Provider ?? Providers.Offline,
        LanguageModelUsed = false,
        Notice = AssessmentNotices.Offline,
        Dossier = new DossierDescription([new DossierFile("dossier.pdf", "pdf", 1, "hash")]),
        Criteria = evaluationCase.Labels.Criteria.Select(label => new CriterionAssessment
        {
            Code = label.Competence.SourceCode,
            CompetenceId = label.Competence.Id,
            Assessable = label.Competence.Assessment.Mode.ToAssessable(),
            Level = level(label),
            Rationale = "Proposition de test.",
        }).ToList(),
        Deliverables = evaluationCase.Labels.Deliverables
            .Select(d => new DeliverableAssessment { Item = d.Item.Text, ItemId = d.Item.Id, Present = presence(d) })
            .ToList(),
        Provenance = new Provenance { RubricVersion = evaluationCase.Rubric.Version, RubricFingerprint = "test", StartedAt = DateTimeOffset.UnixEpoch, GraderVersion = "test" },
    });

    public void Dispose() => Disposed = true;
}
