namespace Grader.Pipeline.Evaluation.Llm;

/// <summary>What a call would cost before it is made, for <c>--dry-run</c>.</summary>
/// <param name="InputTokens">The rendered prompt, counted with the o200k tokenizer.</param>
/// <param name="MaxOutputTokens">The prompt's <c>max_tokens</c>: an upper bound, not a forecast.</param>
public sealed record TokenBudget(string PromptId, int InputTokens, int MaxOutputTokens);
