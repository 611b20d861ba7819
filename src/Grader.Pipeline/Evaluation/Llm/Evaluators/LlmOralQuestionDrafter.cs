using Grader.Pipeline.Evaluation.Prompts;

namespace Grader.Pipeline.Evaluation.Llm;

/// <summary>Drafts questions for the soutenance with the <c>draft-oral-questions</c> prompt.</summary>
public sealed class LlmOralQuestionDrafter(StructuredPromptRunner runner) : IOralQuestionDrafter
{
    public Task<EvaluationOutcome<OralQuestionsDraft>> DraftAsync(OralQuestionsRequest request, CancellationToken cancellationToken) =>
        runner.RunAsync<OralQuestionsDraft>(Call(request), Validate, cancellationToken);

    public Task<TokenBudget> EstimateAsync(OralQuestionsRequest request, CancellationToken cancellationToken) =>
        runner.EstimateAsync(Call(request), cancellationToken);

    private static PromptCall Call(OralQuestionsRequest request)
    {
        var envelope = UntrustedDossierEnvelope.CreateRandom();
        var variables = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["epreuve"] = PromptInputFormatter.Epreuve(request.Epreuve),
            ["competence"] = PromptInputFormatter.Competence(request.Competence),
            ["criteria"] = PromptInputFormatter.Criteria(request.Competence),
            ["assessable"] = PromptInputFormatter.Assessable(request.Competence.Assessment),
            ["weakPoints"] = request.WeakPoints.Count == 0 ? "Aucun relevé." : string.Join("\n", request.WeakPoints.Select(p => "- " + p)),
            ["passages"] = envelope.Wrap(request.Passages),
        };
        return new PromptCall(PromptIds.DraftOralQuestions, variables, envelope,
            LlmCriterionEvaluator.KeyParts(request.Dossier, request.Rubric, request.Sample));
    }

    private static IReadOnlyList<string> Validate(OralQuestionsDraft draft) =>
        draft.Questions.Count == 0 || draft.Questions.Any(q => string.IsNullOrWhiteSpace(q.Question))
            ? ["au moins une question non vide est attendue"]
            : [];
}
