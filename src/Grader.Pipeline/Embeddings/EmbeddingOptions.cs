namespace Grader.Pipeline.Embeddings;

/// <summary>
/// Which embedding model the index uses (configuration section <c>Grader:Embeddings</c>). The default is
/// <c>none</c> — French BM25 only — because the retrieval benchmark (docs/performance.md) measured that the
/// offline MiniLM model, trained on English, does not improve retrieval on French dossiers and is slow to index.
/// </summary>
public sealed class EmbeddingOptions
{
    public const string SectionName = "Grader:Embeddings";

    /// <summary><c>none</c>, <c>local-minilm</c>, <c>azure-openai</c>, <c>openai</c> or <c>openai-compatible</c>.</summary>
    public string Provider { get; set; } = EmbeddingProviders.None;

    /// <summary>Azure resource URL, or for OpenAI-compatible servers the base URL ending in <c>/v1</c>.</summary>
    public string? Endpoint { get; set; }

    /// <summary>Model name; on Azure, the deployment name.</summary>
    public string? Model { get; set; }

    public string? ApiKey { get; set; }

    /// <summary>Requested vector size for models that can shorten their output (text-embedding-3-*).</summary>
    public int? Dimensions { get; set; }

    /// <summary>Texts sent in one request; providers cap this (OpenAI: 2048 inputs).</summary>
    public int BatchSize { get; set; } = 64;

    /// <summary>Retries after a transient HTTP failure (429, 5xx, network), with exponential backoff.</summary>
    public int MaxRetries { get; set; } = 4;

    /// <summary>First backoff delay; later ones double, with jitter, unless the server sends Retry-After.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Keep embeddings in a SQLite cache beside the index so re-indexing costs no calls.</summary>
    public bool CacheEnabled { get; set; } = true;

    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(100);
}
