using Grader.Pipeline.Evaluation.Model;
using Grader.Pipeline.Rubrics;

namespace Grader.Pipeline.Evaluation.Orchestration;

/// <summary>
/// Stage three, for one compétence: retrieve its passages, hand them (pseudonymised when a provider is used)
/// to the oral-only or written assessor, then restore personal data and verify the evidence — in that order,
/// because quotes are checked against the original dossier.
/// </summary>
public sealed class CriterionAssessor(WrittenCriterionAssessor written, OralOnlyCriterionAssessor oralOnly)
{
    public async Task<CriterionRun> AssessAsync(CriterionScope scope, Competence competence, EvidenceRetriever retriever, PreparedDossier dossier, int topK, StageTimer timer, CancellationToken cancellationToken)
    {
        var ledger = new OutcomeLedger();
        var hits = await timer.MeasureAsync("retrieval", () => retriever.ForCompetenceAsync(dossier.DossierId, competence, topK, cancellationToken));
        var passages = scope.Privacy.Protect(hits);
        var oral = competence.Assessment.Mode.ToAssessable().IsOralOnly();
        var drafted = await timer.MeasureAsync("evaluation", () => oral
            ? oralOnly.AssessAsync(scope, competence, passages, ledger, cancellationToken)
            : written.AssessAsync(scope, competence, passages, ledger, cancellationToken));
        if (oral && scope.Offline)
        {
            drafted = drafted.WithFlags([CriterionFlags.Heuristic(competence.SourceCode, oralOnly: true)]);
        }

        var restored = scope.Privacy.Restore(drafted);
        var verified = timer.Measure("verification", () => scope.Policy.Apply(restored));
        return ledger.Complete(verified);
    }
}
