namespace Grader.Pipeline.Evaluation.Model;

/// <summary>The provider names of <c>Grader:Llm:Provider</c>, as recorded in every pre-assessment.</summary>
public static class Providers
{
    public const string Offline = "offline";
    public const string AzureOpenAI = "azure-openai";
    public const string OpenAI = "openai";
    public const string OpenAICompatible = "openai-compatible";

    public static readonly IReadOnlyList<string> All = [Offline, AzureOpenAI, OpenAI, OpenAICompatible];

    public static bool UsesLanguageModel(string provider) => !string.Equals(provider, Offline, StringComparison.OrdinalIgnoreCase);
}
