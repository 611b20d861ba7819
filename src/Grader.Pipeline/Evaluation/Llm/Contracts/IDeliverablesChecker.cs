namespace Grader.Pipeline.Evaluation.Llm;

/// <summary>Says for each deliverable item of the épreuve whether the dossier has it: present, partial or absent.</summary>
public interface IDeliverablesChecker
{
    Task<EvaluationOutcome<DeliverablesJudgement>> CheckAsync(DeliverablesCheckRequest request, CancellationToken cancellationToken);

    Task<TokenBudget> EstimateAsync(DeliverablesCheckRequest request, CancellationToken cancellationToken);
}
