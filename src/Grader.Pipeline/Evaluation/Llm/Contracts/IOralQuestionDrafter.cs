namespace Grader.Pipeline.Evaluation.Llm;

/// <summary>Drafts questions for the soutenance: oral-only compétences in full, written ones on their weak points.</summary>
public interface IOralQuestionDrafter
{
    Task<EvaluationOutcome<OralQuestionsDraft>> DraftAsync(OralQuestionsRequest request, CancellationToken cancellationToken);

    Task<TokenBudget> EstimateAsync(OralQuestionsRequest request, CancellationToken cancellationToken);
}
