using Grader.Pipeline.Evaluation.Prompts;

namespace Grader.Pipeline.Evaluation.Llm;

/// <summary>Checks the épreuve's deliverable items with the <c>check-deliverables</c> prompt.</summary>
public sealed class LlmDeliverablesChecker(StructuredPromptRunner runner) : IDeliverablesChecker
{
    public Task<EvaluationOutcome<DeliverablesJudgement>> CheckAsync(DeliverablesCheckRequest request, CancellationToken cancellationToken) =>
        runner.RunAsync<DeliverablesJudgement>(Call(request), judgement => Validate(judgement, request), cancellationToken);

    public Task<TokenBudget> EstimateAsync(DeliverablesCheckRequest request, CancellationToken cancellationToken) =>
        runner.EstimateAsync(Call(request), cancellationToken);

    private static PromptCall Call(DeliverablesCheckRequest request)
    {
        var envelope = UntrustedDossierEnvelope.CreateRandom();
        var variables = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["epreuve"] = PromptInputFormatter.Epreuve(request.Epreuve),
            ["deliverables"] = PromptInputFormatter.Deliverables(request.Epreuve.Deliverables),
            ["ingestionFlags"] = PromptInputFormatter.Flags(request.Dossier.Flags),
            ["outline"] = PromptInputFormatter.Outline(request.Dossier.Outline, envelope),
            ["passages"] = envelope.Wrap(request.Passages),
        };
        return new PromptCall(PromptIds.CheckDeliverables, variables, envelope,
            LlmCriterionEvaluator.KeyParts(request.Dossier, request.Rubric, request.Sample));
    }

    private static List<string> Validate(DeliverablesJudgement judgement, DeliverablesCheckRequest request)
    {
        var problems = new List<string>();
        var expected = PromptInputFormatter.Flatten(request.Epreuve.Deliverables).Select(i => i.Id).ToList();
        var answered = judgement.Items.Select(i => i.ItemId).ToList();
        var missing = expected.Except(answered, StringComparer.Ordinal).ToList();
        if (missing.Count > 0)
        {
            problems.Add($"aucun résultat pour les itemId {string.Join(", ", missing)}");
        }

        var unknown = answered.Except(expected, StringComparer.Ordinal).ToList();
        if (unknown.Count > 0)
        {
            problems.Add($"itemId inconnus : {string.Join(", ", unknown)}");
        }

        foreach (var item in judgement.Items.Where(i => !DeliverableStatuses.All.Contains(i.Status)))
        {
            problems.Add($"le statut « {item.Status} » de {item.ItemId} doit être present, partial ou absent");
        }

        problems.AddRange(EvidenceRules.Check(judgement.Items.SelectMany(i => i.Evidence), request.Passages));
        return problems;
    }
}
