namespace Grader.Pipeline.Evaluation.Model;

/// <summary>The provider names of <c>Grader:Llm:Provider</c>, as recorded in every pre-assessment.</summary>
public static class Providers
{
    public const string Offline = "offline";
    public const string AzureOpenAI = "azure-openai";
    public const string OpenAI = "openai";
    public const string OpenAICompatible = "openai-compatible";

    public static readonly IReadOnlyList<string> All = [Offline, AzureOpenAI, OpenAI, OpenAICompatible];

    /// <summary>Configuration and command-line values are matched without regard to case or surrounding spaces.</summary>
    public static string Normalize(string? provider) => provider?.Trim().ToLowerInvariant() ?? string.Empty;

    public static bool UsesLanguageModel(string provider) => !string.Equals(provider, Offline, StringComparison.OrdinalIgnoreCase);
}
