using System.Diagnostics;
using Grader.Pipeline.Evaluation.Llm;
using Grader.Pipeline.Indexing;
using Grader.Pipeline.Rubrics;

namespace Grader.Pipeline.Evaluation.Offline;

/// <summary>
/// Says whether each deliverable item of the épreuve is in the dossier from the share of the item's words
/// found in its best passage (the orchestrator retrieves passages for every item). Words are not proof: a
/// « present » here means « a passage speaks of it », for the juror to confirm.
/// </summary>
public sealed class OfflineDeliverablesChecker(OfflineThresholds thresholds) : IDeliverablesChecker
{
    public const string Component = "deliverables";

    public OfflineDeliverablesChecker()
        : this(OfflineThresholds.Default)
    {
    }

    public Task<EvaluationOutcome<DeliverablesJudgement>> CheckAsync(DeliverablesCheckRequest request, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var started = Stopwatch.GetTimestamp();
        var passages = request.Passages.Select(hit => (Hit: hit, Terms: TermSet.Of(hit.Text))).ToList();
        var items = request.Epreuve.AllDeliverables().Select(item => Check(item, passages)).ToList();
        var judgement = new DeliverablesJudgement { Items = items, InjectionSuspected = false, InjectionNote = "" };
        return Task.FromResult(OfflineHeuristics.Outcome(judgement, Component, thresholds, started));
    }

    public Task<TokenBudget> EstimateAsync(DeliverablesCheckRequest request, CancellationToken cancellationToken) =>
        OfflineHeuristics.NoTokens(Component);

    private DeliverableItemJudgement Check(DeliverableItem item, List<(SearchHit Hit, TermSet Terms)> passages)
    {
        var wanted = TermSet.Of(item.Text);
        var best = passages
            .Select(p => (p.Hit, p.Terms, Coverage: wanted.CoverageIn(p.Terms)))
            .OrderByDescending(p => p.Coverage)
            .ThenByDescending(p => p.Hit.Score)
            .FirstOrDefault();
        var status = best.Coverage >= thresholds.DeliverablePresentCoverage ? DeliverableStatuses.Present
            : best.Coverage >= thresholds.DeliverablePartialCoverage ? DeliverableStatuses.Partial
            : DeliverableStatuses.Absent;
        var evidence = status == DeliverableStatuses.Absent || best.Hit is null
            ? []
            : SentencePicker.Pick([new PassageFinding(best.Hit, best.Terms, 0, best.Coverage, EvidenceCueDetector.Detect(best.Hit.Text), true)], wanted, 1);
        var note = status switch
        {
            DeliverableStatuses.Present => "Un passage traite de cet élément (détection par mots-clés, à confirmer).",
            DeliverableStatuses.Partial => "Cet élément n’est évoqué qu’en partie dans les passages retrouvés.",
            _ => "Aucun passage retrouvé ne traite de cet élément.",
        };
        return new DeliverableItemJudgement { ItemId = item.Id, Status = status, Evidence = evidence, Note = note };
    }
}
