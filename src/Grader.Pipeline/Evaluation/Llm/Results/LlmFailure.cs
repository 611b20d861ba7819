namespace Grader.Pipeline.Evaluation.Llm;

/// <summary>A typed failure with a French reason the juror can read.</summary>
/// <param name="StatusCode">The HTTP status of the last attempt, when there was one.</param>
public sealed record LlmFailure(LlmFailureKind Kind, string Reason, int? StatusCode = null);
