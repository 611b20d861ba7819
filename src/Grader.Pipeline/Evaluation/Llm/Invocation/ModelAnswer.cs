using OpenAI.Chat;

namespace Grader.Pipeline.Evaluation.Llm;

/// <summary>The parts of a chat completion that decide what happens next: text, refusal, finish reason, usage.</summary>
internal sealed record ModelAnswer(string Content, string? Refusal, string? FinishReason, TokenUsage Usage)
{
    // Semantic Kernel's OpenAI connector copies these from the OpenAI response into the message metadata.
    public static ModelAnswer From(Microsoft.SemanticKernel.ChatMessageContent message)
    {
        var metadata = message.Metadata;
        var refusal = metadata?.GetValueOrDefault("Refusal") as string;
        var finishReason = metadata?.GetValueOrDefault("FinishReason")?.ToString();
        var usage = metadata?.GetValueOrDefault("Usage") is ChatTokenUsage reported
            ? new TokenUsage(reported.InputTokenCount, reported.OutputTokenCount)
            : TokenUsage.None;
        return new ModelAnswer(message.Content ?? string.Empty, refusal, finishReason, usage);
    }

    public bool StoppedByContentFilter => string.Equals(FinishReason, "ContentFilter", StringComparison.OrdinalIgnoreCase)
        || string.Equals(FinishReason, "content_filter", StringComparison.OrdinalIgnoreCase);

    public bool Truncated => string.Equals(FinishReason, "Length", StringComparison.OrdinalIgnoreCase);
}
