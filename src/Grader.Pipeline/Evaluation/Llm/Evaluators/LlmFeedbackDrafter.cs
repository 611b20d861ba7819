using System.Text.RegularExpressions;
using Grader.Pipeline.Evaluation.Prompts;

namespace Grader.Pipeline.Evaluation.Llm;

/// <summary>Drafts formative feedback with the <c>draft-feedback</c> prompt.</summary>
public sealed partial class LlmFeedbackDrafter(StructuredPromptRunner runner) : IFeedbackDrafter
{
    public Task<EvaluationOutcome<FeedbackDraft>> DraftAsync(FeedbackDraftRequest request, CancellationToken cancellationToken) =>
        runner.RunAsync<FeedbackDraft>(Call(request), draft => Validate(draft, request.ScoreAllowed), cancellationToken);

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

    private static List<string> Validate(FeedbackDraft draft, bool scoreAllowed)
    {
        var problems = new List<string>();
        // A candidate must not read a grade before the jury gives one: a level or a mark in the draft is refused.
        var texts = draft.Improvements.SelectMany(i => new[] { i.What, i.How }).Concat(draft.Strengths).Append(draft.Summary);
        if (!scoreAllowed && texts.Any(t => ScoreMention().IsMatch(t)))
        {
            problems.Add("le retour mentionne un niveau ou une note alors que la session ne l’autorise pas");
        }

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

    // « niveau 2 », « 12/20 », « 12,5 sur 20 ». Narrow on purpose: « 3 sur 5 clients » is ordinary dossier prose.
    [GeneratedRegex(@"\bniveau\s+\d\b|\b\d{1,2}(,\d+)?\s*(/|sur)\s*20\b", RegexOptions.IgnoreCase)]
    private static partial Regex ScoreMention();
}
