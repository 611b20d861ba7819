namespace Grader.Pipeline.Evaluation.Llm;

/// <summary>The values of <c>Grader:Llm:Provider</c>.</summary>
public static class LlmProviders
{
    public const string Offline = "offline";
    public const string AzureOpenAI = "azure-openai";
    public const string OpenAI = "openai";
    public const string OpenAICompatible = "openai-compatible";

    public static IReadOnlyList<string> All { get; } = [Offline, AzureOpenAI, OpenAI, OpenAICompatible];

    public static string Normalize(string? provider) => provider?.Trim().ToLowerInvariant() ?? string.Empty;
}
