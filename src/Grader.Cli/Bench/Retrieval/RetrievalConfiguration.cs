using Grader.Pipeline.Indexing;

namespace Grader.Cli.Bench.Retrieval;

/// <summary>Which index a configuration searches: plain BM25 has its own terms; the others share the French index with MiniLM vectors.</summary>
internal enum BenchIndex
{
    None,
    Plain,
    French,
}

/// <summary>One candidate retrieval configuration of the benchmark, with its French label for the report.</summary>
internal sealed record RetrievalConfiguration(string Key, string Label, BenchIndex Index, SearchMode Mode)
{
    public const string RandomKey = "random";
    public const string HybridKey = "hybrid-french-minilm";
    public const string FrenchKey = "bm25-french";

    public static IReadOnlyList<RetrievalConfiguration> All(int seeds) =>
    [
        new(RandomKey, $"Extraits au hasard (moyenne de {seeds} tirages)", BenchIndex.None, SearchMode.Lexical),
        new("bm25-plain", "BM25 simple (sans analyse du français)", BenchIndex.Plain, SearchMode.Lexical),
        new(FrenchKey, "BM25 français", BenchIndex.French, SearchMode.Lexical),
        new("dense-minilm", "Dense seul (MiniLM local)", BenchIndex.French, SearchMode.Dense),
        new(HybridKey, "Hybride BM25 français + MiniLM (RRF)", BenchIndex.French, SearchMode.Hybrid),
    ];
}
