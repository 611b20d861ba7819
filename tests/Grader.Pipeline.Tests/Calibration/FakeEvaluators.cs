using Grader.Pipeline.Calibration;
using Grader.Pipeline.Common;
using Grader.Pipeline.Evaluation.Model;

namespace Grader.Pipeline.Tests.Calibration;

/// <summary>Test doubles of the evaluation: pre-assessments made from the labels, or constant ones.</summary>
internal static class FakeEvaluators
{
    /// <summary>Returns the jury's own levels and findings: a perfect grader.</summary>
    public static ICaseEvaluator Echo { get; } = From(l => l.Level, d => d.Presence);

    /// <summary>Level 2 for every written compétence, every item present: the lazy grader.</summary>
    public static ICaseEvaluator AlwaysTwo { get; } = From(l => l.Competence.Assessment.Mode == Grader.Pipeline.Rubrics.AssessmentMode.Oral ? null : 2, _ => DeliverablePresence.Present);

    public static ICaseEvaluator From(Func<LabelledCriterion, int?> level, Func<LabelledDeliverable, DeliverablePresence> presence) =>
        new DelegateCaseEvaluator((c, _) => Task.FromResult(Assessment(c, label => Criterion(label, level(label)), presence)));

    public static PreAssessment Assessment(
        EvaluationCase evaluationCase, Func<LabelledCriterion, CriterionAssessment?> criterion, Func<LabelledDeliverable, DeliverablePresence> presence) => new()
    {
        Epreuve = evaluationCase.Epreuve.Id,
        EpreuveSourceCode = evaluationCase.Epreuve.SourceCode,
        RubricId = evaluationCase.Rubric.Id,
        RubricVersion = evaluationCase.Rubric.Version,
        RubricFingerprint = "test",
        Provider = Providers.Offline,
        LanguageModelUsed = false,
        Notice = AssessmentNotices.Offline,
        Dossier = new DossierDescription([new DossierFile(Path.GetFileName(evaluationCase.DossierPath), "pdf", 1, "hash")]),
        Criteria = evaluationCase.Labels.Criteria.Select(criterion).OfType<CriterionAssessment>().ToList(),
        Deliverables = evaluationCase.Labels.Deliverables
            .Select(d => new DeliverableAssessment { Item = d.Item.Text, ItemId = d.Item.Id, Present = presence(d) })
            .ToList(),
        Provenance = new Provenance
        {
            RubricVersion = evaluationCase.Rubric.Version,
            RubricFingerprint = "test",
            StartedAt = DateTimeOffset.UnixEpoch,
            GraderVersion = "test",
        },
    };

    public static CriterionAssessment Criterion(LabelledCriterion label, int? level) => new()
    {
        Code = label.Competence.SourceCode,
        CompetenceId = label.Competence.Id,
        Assessable = label.Competence.Assessment.Mode.ToAssessable(),
        Level = level,
        Rationale = $"Niveau {level} proposé pour {label.Competence.SourceCode}.",
    };

    /// <summary>A user-level failure, as ingestion raises for a dossier without text.</summary>
    public sealed class UnreadableDossierException() : GraderException("no-text", "Le dossier ne contient aucun texte lisible.");
}
