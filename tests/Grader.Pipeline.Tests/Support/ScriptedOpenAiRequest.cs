using System.Text.Json;

namespace Grader.Pipeline.Tests.Support;

/// <summary>A request the scripted server received, kept whole so tests assert on what was really sent.</summary>
public sealed record ScriptedOpenAiRequest(string Method, string Path, string Body, string? Authorization)
{
    public JsonElement Json => JsonDocument.Parse(Body).RootElement;

    /// <summary>The chat messages as (role, content) pairs.</summary>
    public IReadOnlyList<(string Role, string Content)> Messages =>
        [.. Json.GetProperty("messages").EnumerateArray().Select(m => (m.GetProperty("role").GetString()!, ContentOf(m.GetProperty("content"))))];

    // Content is a string, or for some connectors a list of parts with "text".
    private static string ContentOf(JsonElement content) => content.ValueKind == JsonValueKind.String
        ? content.GetString()!
        : string.Concat(content.EnumerateArray().Select(p => p.TryGetProperty("text", out var text) ? text.GetString() : string.Empty));
}
