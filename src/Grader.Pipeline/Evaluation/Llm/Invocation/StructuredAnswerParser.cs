using System.Text.Json;

namespace Grader.Pipeline.Evaluation.Llm;

/// <summary>
/// Reads the model's JSON into the result type and applies the caller's rules; problems come back in French,
/// phrased so they can be shown to the model in a repair attempt.
/// </summary>
internal static class StructuredAnswerParser
{
    private static readonly JsonSerializerOptions Options = new()
    {
        // Strict schemas forbid nulls where the type does; some OpenAI-compatible servers ignore the schema.
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
    };

    public static JsonSerializerOptions SerializerOptions => Options;

    public static (TResult? Value, IReadOnlyList<string> Problems, bool Malformed) Parse<TResult>(
        string content, Func<TResult, IReadOnlyList<string>> validate)
        where TResult : class
    {
        TResult? value;
        try
        {
            value = JsonSerializer.Deserialize<TResult>(StripCodeFence(content), Options);
        }
        catch (JsonException exception)
        {
            return (null, [$"la réponse n’est pas un JSON conforme au schéma ({exception.Message})"], true);
        }

        if (value is null)
        {
            return (null, ["la réponse est vide ou vaut null"], true);
        }

        var problems = validate(value);
        return problems.Count == 0 ? (value, problems, false) : (null, problems, false);
    }

    // Servers without structured output often wrap JSON in a Markdown fence; the JSON inside is still usable.
    private static string StripCodeFence(string content)
    {
        var text = content.Trim();
        if (!text.StartsWith("```", StringComparison.Ordinal))
        {
            return text;
        }

        var firstLineEnd = text.IndexOf('\n', StringComparison.Ordinal);
        var lastFence = text.LastIndexOf("```", StringComparison.Ordinal);
        return firstLineEnd > 0 && lastFence > firstLineEnd ? text[(firstLineEnd + 1)..lastFence].Trim() : text;
    }
}
