namespace Grader.Pipeline.Evaluation.Llm;

/// <summary>Tokens a call consumed, as the provider reported them (zero when it did not, or for the offline mode).</summary>
public sealed record TokenUsage(int InputTokens, int OutputTokens)
{
    public static TokenUsage None { get; } = new(0, 0);

    public int TotalTokens => InputTokens + OutputTokens;

    public TokenUsage Add(TokenUsage other) => new(InputTokens + other.InputTokens, OutputTokens + other.OutputTokens);
}
