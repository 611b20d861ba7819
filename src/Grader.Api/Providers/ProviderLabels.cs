using Providers = Grader.Pipeline.Evaluation.Model.Providers;

namespace Grader.Api.ModelProviders;

/// <summary>The providers' names as an administrator reads them.</summary>
public static class ProviderLabels
{
    public static string Of(string provider) => provider switch
    {
        Providers.AzureOpenAI => "Azure OpenAI",
        Providers.OpenAI => "OpenAI",
        Providers.OpenAICompatible => "Serveur compatible OpenAI (Ollama, vLLM, Mistral…)",
        _ => provider,
    };
}
