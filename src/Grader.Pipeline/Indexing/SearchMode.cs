namespace Grader.Pipeline.Indexing;

/// <summary>Which rankings a search uses.</summary>
public enum SearchMode
{
    /// <summary>Lexical (BM25) and dense rankings fused by RRF; lexical only when no embeddings are configured.</summary>
    Hybrid,

    /// <summary>BM25 over the French analysis only.</summary>
    Lexical,

    /// <summary>Embedding similarity only; needs an embedding generator.</summary>
    Dense,
}
