using Grader.Pipeline.Embeddings;
using Grader.Pipeline.Indexing;
using Grader.Pipeline.Ingestion;

namespace Grader.Cli.Rendering;

/// <summary>Everything <c>grader search</c> shows, in one place for the text and the JSON renderings.</summary>
internal sealed record SearchResultView(
    ParsedDocument Document,
    string Query,
    IndexOptions Options,
    DossierIndexResult Indexed,
    IndexHealth Health,
    IReadOnlyList<SearchHit> Hits)
{
    /// <summary>What actually ranked: hybrid without an embedding model is lexical, and the output must say so.</summary>
    public string EffectiveMode => Options.ParsedSearchMode switch
    {
        SearchMode.Lexical => IndexOptions.LexicalMode,
        SearchMode.Dense => IndexOptions.DenseMode,
        _ => Health.DenseSearchAvailable ? IndexOptions.HybridMode : IndexOptions.LexicalMode,
    };

    public object ToJson() => new
    {
        Document.FileName,
        Document.ContentHash,
        Query,
        Indexed.DossierId,
        Indexed.ChunkCount,
        Indexed.Reused,
        Index = Health.Provider,
        Analyzer = Options.Analyzer,
        SearchMode = EffectiveMode,
        EmbeddingModel = Health.EmbeddingModel ?? EmbeddingProviders.None,
        Hits = Hits.Select((h, i) => new
        {
            Rank = i + 1,
            h.Score,
            h.PageStart,
            h.PageEnd,
            h.SectionPath,
            h.ChunkId,
            h.Ordinal,
            h.Text,
        }),
    };
}
