namespace Grader.Pipeline.Evaluation.Llm;

/// <summary>Drafts the candidate's formative feedback on one compétence, for review before release.</summary>
public interface IFeedbackDrafter
{
    Task<EvaluationOutcome<FeedbackDraft>> DraftAsync(FeedbackDraftRequest request, CancellationToken cancellationToken);

    Task<TokenBudget> EstimateAsync(FeedbackDraftRequest request, CancellationToken cancellationToken);
}
