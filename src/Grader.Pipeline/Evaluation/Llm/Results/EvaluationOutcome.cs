using Grader.Pipeline.Evaluation.Prompts;

namespace Grader.Pipeline.Evaluation.Llm;

/// <summary>
/// What one evaluation call returns to the orchestrator: the result, or a typed failure — never both, and never
/// a silent substitute. Either way it carries what provenance needs: provider, model, prompt, tokens.
/// </summary>
/// <param name="Provider">E.g. <c>openai-compatible</c>, or <c>offline</c> for the heuristic evaluator.</param>
/// <param name="Attempts">Model calls made (1, or 2 after a repair); 0 when served from the cache.</param>
public sealed record EvaluationOutcome<TResult>(
    TResult? Value,
    LlmFailure? Failure,
    string Provider,
    string Model,
    PromptProvenance Prompt,
    TokenUsage Usage,
    bool FromCache,
    int Attempts,
    TimeSpan Duration)
    where TResult : class
{
    public bool Succeeded => Value is not null && Failure is null;
}
