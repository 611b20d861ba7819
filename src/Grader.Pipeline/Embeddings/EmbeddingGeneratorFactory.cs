using System.ClientModel;
using System.ClientModel.Primitives;
using Azure.AI.OpenAI;
using Microsoft.Extensions.AI;
using OpenAI;
using OpenAI.Embeddings;

namespace Grader.Pipeline.Embeddings;

/// <summary>
/// Builds the configured <see cref="IEmbeddingGenerator{TInput, TEmbedding}"/>: the provider's client, then
/// batching, then the SQLite cache in front. Returns null for <c>none</c>: the index is then lexical only.
/// </summary>
public static class EmbeddingGeneratorFactory
{
    // Local servers such as Ollama accept any key; the OpenAI client insists on a non-empty one.
    private const string PlaceholderApiKey = "sans-cle";

    /// <param name="cacheDirectory">Folder of the embeddings cache (the index's data folder); null disables caching.</param>
    /// <param name="transport">The innermost HTTP handler; tests pass a stub, production uses sockets.</param>
    public static IEmbeddingGenerator<string, Embedding<float>>? Create(
        EmbeddingOptions options, string? cacheDirectory, HttpMessageHandler? transport = null)
    {
        var provider = options.Provider.Trim().ToLowerInvariant();
        IEmbeddingGenerator<string, Embedding<float>>? inner = provider switch
        {
            EmbeddingProviders.None => null,
            EmbeddingProviders.LocalMiniLm => new LocalMiniLmEmbeddingGenerator(),
            EmbeddingProviders.OpenAI => CreateOpenAI(options, endpoint: null, transport),
            EmbeddingProviders.OpenAICompatible => CreateOpenAI(options, new Uri(options.Endpoint!), transport),
            EmbeddingProviders.AzureOpenAI => CreateAzure(options, transport),
            _ => throw new ArgumentException($"Fournisseur d’embeddings inconnu : « {options.Provider} ».", nameof(options)),
        };

        if (inner is null)
        {
            return null;
        }

        IEmbeddingGenerator<string, Embedding<float>> generator = new BatchingEmbeddingGenerator(inner, options.BatchSize);
        if (options.CacheEnabled && cacheDirectory is not null)
        {
            generator = new CachingEmbeddingGenerator(generator, new SqliteEmbeddingCache(Path.Combine(cacheDirectory, SqliteEmbeddingCache.DefaultFileName)));
        }

        return generator;
    }

    private static IEmbeddingGenerator<string, Embedding<float>> CreateOpenAI(EmbeddingOptions options, Uri? endpoint, HttpMessageHandler? transport)
    {
        var clientOptions = new OpenAIClientOptions
        {
            Transport = Transport(options, transport),
            RetryPolicy = new ClientRetryPolicy(maxRetries: 0),
            NetworkTimeout = options.RequestTimeout,
        };
        if (endpoint is not null)
        {
            clientOptions.Endpoint = endpoint;
        }

        var key = string.IsNullOrWhiteSpace(options.ApiKey) ? PlaceholderApiKey : options.ApiKey;
        return new EmbeddingClient(options.Model, new ApiKeyCredential(key), clientOptions).AsIEmbeddingGenerator(options.Dimensions);
    }

    private static IEmbeddingGenerator<string, Embedding<float>> CreateAzure(EmbeddingOptions options, HttpMessageHandler? transport)
    {
        var clientOptions = new AzureOpenAIClientOptions
        {
            Transport = Transport(options, transport),
            RetryPolicy = new ClientRetryPolicy(maxRetries: 0),
            NetworkTimeout = options.RequestTimeout,
        };
        var client = new AzureOpenAIClient(new Uri(options.Endpoint!), new ApiKeyCredential(options.ApiKey!), clientOptions);
        return client.GetEmbeddingClient(options.Model).AsIEmbeddingGenerator(options.Dimensions);
    }

    // Our retry handler sits between the client and the network; the clients' own retries are off.
    private static HttpClientPipelineTransport Transport(EmbeddingOptions options, HttpMessageHandler? transport)
    {
        var handler = new TransientHttpRetryHandler(
            options.MaxRetries,
            options.RetryBaseDelay,
            transport ?? new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) });
        return new HttpClientPipelineTransport(new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan });
    }
}
