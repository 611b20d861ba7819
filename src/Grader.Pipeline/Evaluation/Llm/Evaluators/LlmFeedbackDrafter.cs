using Grader.Pipeline.Evaluation.Prompts;

namespace Grader.Pipeline.Evaluation.Llm;

/// <summary>Drafts formative feedback with the <c>draft-feedback</c> prompt.</summary>
public sealed class LlmFeedbackDrafter(StructuredPromptRunner runner) : IFeedbackDrafter
{
    public Task<EvaluationOutcome<FeedbackDraft>> DraftAsync(FeedbackDraftRequest request, CancellationToken cancellationToken) =>
        runner.RunAsync<FeedbackDraft>(Call(request), Validate, cancellationToken);

    public Task<TokenBudget> EstimateAsync(FeedbackDraftRequest request, CancellationToken cancellationToken) =>
        runner.EstimateAsync(Call(request), cancellationToken);

    private static PromptCall Call(FeedbackDraftRequest request)
    {
        var envelope = UntrustedDossierEnvelope.CreateRandom();
        var variables = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["epreuve"] = PromptInputFormatter.Epreuve(request.Epreuve),
            ["competence"] = PromptInputFormatter.Competence(request.Competence),
            ["criteria"] = PromptInputFormatter.Criteria(request.Competence),
            ["findings"] = request.Findings,
            ["scorePolicy"] = request.ScoreAllowed
                ? "la session autorise à indiquer le niveau proposé, en rappelant qu’il sera confirmé par le jury."
                : "n’indique aucun niveau, aucune note ni aucun score, même implicitement (pas de « acquis » ou « non acquis »).",
            ["passages"] = envelope.Wrap(request.Passages),
        };
        return new PromptCall(PromptIds.DraftFeedback, variables, envelope,
            LlmCriterionEvaluator.KeyParts(request.Dossier, request.Rubric, request.Sample));
    }

    private static IReadOnlyList<string> Validate(FeedbackDraft draft)
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(draft.Summary))
        {
            problems.Add("le résumé (summary) est vide");
        }

        if (draft.Improvements.Any(i => string.IsNullOrWhiteSpace(i.What) || string.IsNullOrWhiteSpace(i.How)))
        {
            problems.Add("chaque point à améliorer doit dire quoi (what) et comment (how)");
        }

        return problems;
    }
}
