namespace Grader.Pipeline.Evaluation.Llm;

/// <summary>Drafts the pre-assessment of one compétence. The orchestrator runs one call per compétence of the
/// épreuve (written or both modes) and handles a failed outcome as a failed criterion.</summary>
public interface ICriterionEvaluator
{
    Task<EvaluationOutcome<CriterionJudgement>> EvaluateAsync(CriterionEvaluationRequest request, CancellationToken cancellationToken);

    /// <summary>The call's token budget without making it, for <c>--dry-run</c>.</summary>
    Task<TokenBudget> EstimateAsync(CriterionEvaluationRequest request, CancellationToken cancellationToken);
}
