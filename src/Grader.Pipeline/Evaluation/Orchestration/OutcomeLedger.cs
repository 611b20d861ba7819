using Grader.Pipeline.Evaluation.Llm;
using Grader.Pipeline.Evaluation.Model;
using Grader.Pipeline.Evaluation.Prompts;

namespace Grader.Pipeline.Evaluation.Orchestration;

/// <summary>Records what each call of one compétence used and cost, whatever its outcome.</summary>
public sealed class OutcomeLedger
{
    private readonly List<PromptProvenance> prompts = [];
    private TokenCounts tokens = TokenCounts.Zero;

    public string? Model { get; private set; }

    public IReadOnlyList<PromptProvenance> Prompts => prompts.Distinct().ToList();

    public TokenCounts Tokens => tokens;

    public EvaluationOutcome<T> Record<T>(EvaluationOutcome<T> outcome)
        where T : class
    {
        prompts.Add(outcome.Prompt);
        Model ??= outcome.Model;
        tokens += new TokenCounts(Input: outcome.Usage.InputTokens, Output: outcome.Usage.OutputTokens);
        return outcome;
    }

    public void Estimated(TokenBudget budget, int times = 1) => tokens += new TokenCounts(EstimatedInput: budget.InputTokens * times);

    public CriterionRun Complete(CriterionAssessment assessment) => new(assessment, Prompts, Tokens, Model);
}
