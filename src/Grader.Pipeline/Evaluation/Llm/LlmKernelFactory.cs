using Azure.Identity;
using Grader.Pipeline.Embeddings;
using Microsoft.SemanticKernel;
using Providers = Grader.Pipeline.Evaluation.Model.Providers;

namespace Grader.Pipeline.Evaluation.Llm;

/// <summary>
/// Builds the Semantic Kernel of the configured provider, whose HTTP client retries 429, 5xx and timed-out
/// attempts with backoff (honouring Retry-After). Semantic Kernel switches its clients' own retries off when
/// it is given an HttpClient, so failures are retried once, here.
/// </summary>
public static class LlmKernelFactory
{
    // Local servers such as Ollama accept any key; the OpenAI client insists on a non-empty one.
    private const string PlaceholderApiKey = "sans-cle";

    /// <param name="transport">The innermost HTTP handler; tests may pass one, production uses sockets.</param>
    public static Kernel Create(LlmOptions options, HttpMessageHandler? transport = null)
    {
        var provider = Providers.Normalize(options.Provider);
        var model = options.Model ?? string.Empty;
        var httpClient = CreateHttpClient(options, transport);
        var builder = Kernel.CreateBuilder();
        switch (provider)
        {
            case Providers.OpenAICompatible:
                builder.AddOpenAIChatCompletion(model, new Uri(options.Endpoint!), KeyOrPlaceholder(options), httpClient: httpClient);
                break;
            case Providers.OpenAI:
                builder.AddOpenAIChatCompletion(model, options.ApiKey!, httpClient: httpClient);
                break;
            case Providers.AzureOpenAI when string.IsNullOrWhiteSpace(options.ApiKey):
                // No key: Entra ID (managed identity, Azure CLI login, environment…) as DefaultAzureCredential finds it.
                builder.AddAzureOpenAIChatCompletion(model, options.Endpoint!, new DefaultAzureCredential(), httpClient: httpClient);
                break;
            case Providers.AzureOpenAI:
                builder.AddAzureOpenAIChatCompletion(model, options.Endpoint!, options.ApiKey!, httpClient: httpClient);
                break;
            default:
                throw new ArgumentException(
                    $"Le fournisseur « {options.Provider} » n’utilise pas de modèle de langage : aucun noyau Semantic Kernel à construire.",
                    nameof(options));
        }

        return builder.Build();
    }

    private static string KeyOrPlaceholder(LlmOptions options) =>
        string.IsNullOrWhiteSpace(options.ApiKey) ? PlaceholderApiKey : options.ApiKey;

    private static HttpClient CreateHttpClient(LlmOptions options, HttpMessageHandler? transport)
    {
        var network = transport ?? new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) };
        var retrying = new TransientHttpRetryHandler(options.MaxRetries, options.RetryBaseDelay, new PerAttemptTimeoutHandler(options.Timeout, network));
        // Each attempt has its own limit; an overall HttpClient timeout would cut retries short.
        return new HttpClient(retrying) { Timeout = System.Threading.Timeout.InfiniteTimeSpan };
    }
}
