using System.Net;
using System.Text.Json;

namespace Grader.Pipeline.Tests.Support;

/// <summary>One scripted answer of <see cref="ScriptedOpenAiServer"/>: a chat completion, an error, or silence.</summary>
public sealed record ScriptedOpenAiReply(HttpStatusCode Status, string Body, TimeSpan Delay = default, string? RetryAfter = null)
{
    /// <summary>A chat completion whose assistant message is <paramref name="content"/>.</summary>
    public static ScriptedOpenAiReply Completion(string content, string finishReason = "stop", int promptTokens = 321, int completionTokens = 45) =>
        new(HttpStatusCode.OK, CompletionBody(content, refusal: null, finishReason, promptTokens, completionTokens));

    /// <summary>A completion whose message carries OpenAI's <c>refusal</c> field and no content.</summary>
    public static ScriptedOpenAiReply Refusal(string reason) =>
        new(HttpStatusCode.OK, CompletionBody(content: null, reason, "stop", 100, 10));

    public static ScriptedOpenAiReply Error(HttpStatusCode status, string? retryAfter = null, string? code = null) =>
        new(status, JsonSerializer.Serialize(new { error = new { message = "scripted error", type = "scripted", code } }), RetryAfter: retryAfter);

    /// <summary>Answers only after <paramref name="delay"/>: longer than the client's timeout, it is a hang.</summary>
    public static ScriptedOpenAiReply Hang(TimeSpan delay) => Completion("{}") with { Delay = delay };

    private static string CompletionBody(string? content, string? refusal, string finishReason, int promptTokens, int completionTokens) =>
        JsonSerializer.Serialize(new
        {
            id = "chatcmpl-scripted",
            @object = "chat.completion",
            created = 1_764_000_000,
            model = "scripted-model",
            choices = new[]
            {
                new
                {
                    index = 0,
                    message = new { role = "assistant", content, refusal },
                    finish_reason = finishReason,
                },
            },
            usage = new { prompt_tokens = promptTokens, completion_tokens = completionTokens, total_tokens = promptTokens + completionTokens },
        });
}
