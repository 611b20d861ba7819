namespace Grader.Pipeline.Embeddings;

/// <summary>The values of <c>Grader:Embeddings:Provider</c>.</summary>
public static class EmbeddingProviders
{
    public const string None = "none";
    public const string LocalMiniLm = "local-minilm";
    public const string AzureOpenAI = "azure-openai";
    public const string OpenAI = "openai";
    public const string OpenAICompatible = "openai-compatible";

    public static IReadOnlyList<string> All { get; } = [None, LocalMiniLm, AzureOpenAI, OpenAI, OpenAICompatible];
}
