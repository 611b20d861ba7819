using Grader.Pipeline.Evaluation.Llm;
using Grader.Pipeline.Evaluation.Model;
using EvidenceQuote = Grader.Pipeline.Evaluation.Model.EvidenceQuote;
using Grader.Pipeline.Rubrics;

namespace Grader.Pipeline.Evaluation.Orchestration;

/// <summary>
/// Stage four: present / partial / absent for every deliverable item of the épreuve (nested ones included),
/// from passages retrieved item by item, with the same privacy and verification rules as the compétences.
/// </summary>
public sealed class DeliverablesAssessor(IDeliverablesChecker checker)
{
    public sealed record Result(IReadOnlyList<DeliverableAssessment> Deliverables, IReadOnlyList<AssessmentFlag> Flags, OutcomeLedger Ledger);

    public async Task<Result> AssessAsync(CriterionScope scope, EvidenceRetriever retriever, PreparedDossier dossier, int topKPerItem, StageTimer timer, CancellationToken cancellationToken)
    {
        var ledger = new OutcomeLedger();
        var items = scope.Epreuve.AllDeliverables().ToList();
        if (items.Count == 0)
        {
            return new Result([], [], ledger);
        }

        var hits = await timer.MeasureAsync("retrieval", () => retriever.ForDeliverablesAsync(dossier.DossierId, scope.Epreuve, topKPerItem, cancellationToken));
        var request = new DeliverablesCheckRequest(scope.Epreuve, scope.Rubric, scope.ProtectedDossier, scope.Privacy.Protect(hits));
        var outcome = ledger.Record(await timer.MeasureAsync("deliverables", () => checker.CheckAsync(request, cancellationToken)));
        if (outcome.Value is not { } judgement)
        {
            var reason = outcome.Failure?.Reason ?? "aucune réponse exploitable";
            return new Result([], [new AssessmentFlag { Kind = AssessmentFlagKinds.Failed, Detail = "Vérification des livrables impossible\u00A0: " + reason }], ledger);
        }

        var byId = judgement.Items.GroupBy(i => i.ItemId).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var deliverables = new List<DeliverableAssessment>();
        var flags = new List<AssessmentFlag>();
        foreach (var item in items)
        {
            var found = byId.GetValueOrDefault(item.Id);
            var proposed = new DeliverableAssessment
            {
                Item = item.Text,
                ItemId = item.Id,
                Present = Presence(found?.Status),
                Evidence = found?.Evidence.Select(q => EvidenceQuote.Proposed(q.Quote, q.ChunkId)).ToList() ?? [],
            };
            var (verified, dropped) = scope.Policy.Apply(scope.Privacy.Restore(proposed));
            deliverables.Add(verified);
            flags.AddRange(dropped);
        }

        if (judgement.InjectionSuspected)
        {
            flags.Add(new AssessmentFlag
            {
                Kind = AssessmentFlagKinds.PromptInjection,
                Detail = scope.Privacy.Restore("Le modèle signale, en vérifiant les livrables, un passage qui tente de lui donner des consignes"
                    + (string.IsNullOrWhiteSpace(judgement.InjectionNote) ? "." : $"\u00A0: {judgement.InjectionNote.Trim()}")),
            });
        }

        if (scope.Offline)
        {
            flags.Add(new AssessmentFlag
            {
                Kind = AssessmentFlagKinds.Heuristic,
                Detail = "Livrables détectés par mots-clés, sans modèle de langue\u00A0: présence à confirmer par le jury.",
            });
        }

        return new Result(deliverables, flags, ledger);
    }

    private static DeliverablePresence Presence(string? status) => status switch
    {
        DeliverableStatuses.Present => DeliverablePresence.Present,
        DeliverableStatuses.Partial => DeliverablePresence.Partial,
        _ => DeliverablePresence.Absent,
    };
}
