namespace Grader.Pipeline.Indexing;

/// <summary>Where chunks are indexed (configuration section <c>Grader:Index</c>).</summary>
public sealed class IndexOptions
{
    public const string SectionName = "Grader:Index";

    public const string EmbeddedProvider = "embedded";
    public const string QdrantProvider = "qdrant";
    public const string FrenchAnalyzer = "french";
    public const string PlainAnalyzer = "plain";
    public const string HybridMode = "hybrid";
    public const string LexicalMode = "lexical";
    public const string DenseMode = "dense";

    /// <summary><c>embedded</c> (default: a SQLite file, nothing to install) or <c>qdrant</c>.</summary>
    public string Provider { get; set; } = EmbeddedProvider;

    /// <summary>Folder of the embedded index (<c>index.db</c>) and of the embeddings cache; relative paths start at the working directory.</summary>
    public string DataDirectory { get; set; } = "data";

    /// <summary>Qdrant's gRPC address (port 6334, not the REST port 6333).</summary>
    public string QdrantUrl { get; set; } = "http://localhost:6334";

    public string? QdrantApiKey { get; set; }

    public string Collection { get; set; } = "grader-chunks";

    /// <summary><c>french</c> (default) or <c>plain</c>, the unanalysed baseline of the retrieval benchmark.</summary>
    public string Analyzer { get; set; } = FrenchAnalyzer;

    /// <summary>
    /// <c>hybrid</c> (default), <c>lexical</c> or <c>dense</c>. Hybrid fuses BM25 and embeddings by RRF when an
    /// embedding model is configured and is BM25 alone otherwise, so the offline default (no model) searches
    /// lexically, which the retrieval benchmark found best offline (docs/performance.md), and a configured
    /// provider's model is used without a second setting.
    /// </summary>
    public string SearchMode { get; set; } = HybridMode;

    /// <summary><see cref="SearchMode"/> as the enum the index takes; the validator has refused other values.</summary>
    public SearchMode ParsedSearchMode => SearchMode?.Trim().ToLowerInvariant() switch
    {
        LexicalMode => Indexing.SearchMode.Lexical,
        DenseMode => Indexing.SearchMode.Dense,
        _ => Indexing.SearchMode.Hybrid,
    };
}
