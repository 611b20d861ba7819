namespace Grader.Pipeline.Evaluation.Llm;

/// <summary>Model results already paid for, by the key of everything that could change them.</summary>
public interface ILlmResultCache
{
    Task<CachedLlmResult?> GetAsync(string key, CancellationToken cancellationToken);

    Task PutAsync(string key, CachedLlmResult result, CancellationToken cancellationToken);
}

/// <param name="Json">The model's validated JSON answer.</param>
/// <param name="Usage">What it cost when it was first obtained.</param>
public sealed record CachedLlmResult(string PromptId, string Model, string Json, TokenUsage Usage);
