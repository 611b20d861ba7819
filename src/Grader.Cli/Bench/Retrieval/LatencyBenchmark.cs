using System.Diagnostics;
using Grader.Cli.Rendering;
using Grader.Pipeline.Indexing;
using Grader.Pipeline.Indexing.Analysis;
using Grader.Pipeline.Indexing.Embedded;

namespace Grader.Cli.Bench.Retrieval;

/// <summary>
/// Time per search request, as the evaluator will issue them: a single short query, and a compétence's
/// several queries fused (one request). Measured on a 50-page dossier made of the set's own chunks, and on
/// an index holding many synthetic dossiers. Printed, never asserted: the machine is shared.
/// </summary>
internal sealed class LatencyBenchmark(DenseEncoder miniLm, string workDirectory)
{
    private static readonly string[] ShortQueries =
        ["budget prévisionnel", "indicateurs de performance", "veille concurrentielle", "analyse des concurrents et négociation"];

    public async Task<LatencyResult> RunAsync(
        IReadOnlyList<PreparedCase> cases, int pages, int dossiers, int chunksPerDossier, CancellationToken cancellationToken)
    {
        var figures = new List<LatencyFigure>();
        var notes = new List<string>();
        var requests = cases.SelectMany(c => c.Questions).Select(q => q.Queries).ToList();
        if (pages > 0)
        {
            figures.AddRange(await MeasureLongDossierAsync(cases, pages, requests, notes, cancellationToken));
        }

        if (dossiers > 0)
        {
            figures.AddRange(await MeasureManyDossiersAsync(dossiers, chunksPerDossier, requests, notes, cancellationToken));
        }

        return new LatencyResult(figures, notes);
    }

    private async Task<IEnumerable<LatencyFigure>> MeasureLongDossierAsync(
        IReadOnlyList<PreparedCase> cases, int pages, List<IReadOnlyList<string>> requests, List<string> notes, CancellationToken cancellationToken)
    {
        var dossier = BuildLongDossier(cases, pages);
        var index = new EmbeddedChunkIndex(EmbeddedIndexSettings.InDirectory(Path.Combine(workDirectory, "long-dossier")), new FrenchTextAnalyzer(), miniLm);
        var watch = Stopwatch.StartNew();
        await index.UpsertAsync(dossier.DossierId, dossier.Chunks, cancellationToken);
        watch.Stop();
        notes.Add($"Dossier de {dossier.Pages} pages : {dossier.Chunks.Count} extraits (ceux du jeu, répétés), indexés avec MiniLM en "
            + $"{Decimal(watch.Elapsed.TotalSeconds)} s, soit {dossier.Chunks.Count / watch.Elapsed.TotalSeconds:0} extraits par seconde.");
        var scenario = $"{dossier.Pages} pages";
        var figures = new List<LatencyFigure>();
        foreach (var mode in new[] { SearchMode.Lexical, SearchMode.Hybrid })
        {
            figures.AddRange(await MeasureAsync(scenario, index, mode, _ => dossier.DossierId, requests, cancellationToken));
        }

        return figures;
    }

    private async Task<IEnumerable<LatencyFigure>> MeasureManyDossiersAsync(
        int dossiers, int chunksPerDossier, List<IReadOnlyList<string>> requests, List<string> notes, CancellationToken cancellationToken)
    {
        var settings = EmbeddedIndexSettings.InDirectory(Path.Combine(workDirectory, "many-dossiers"));
        var writer = new EmbeddedChunkIndex(settings, new FrenchTextAnalyzer(), new DenseEncoder(new RandomVectorEmbeddingGenerator()));
        var watch = Stopwatch.StartNew();
        for (var d = 0; d < dossiers; d++)
        {
            await writer.UpsertAsync(SyntheticDossierId(d), SyntheticChunks(d, chunksPerDossier), cancellationToken);
        }

        watch.Stop();
        var size = new FileInfo(settings.DatabasePath).Length + (File.Exists(settings.DatabasePath + "-wal") ? new FileInfo(settings.DatabasePath + "-wal").Length : 0);
        var scenario = $"{FrenchLabels.Number(dossiers)} dossiers";
        notes.Add($"Index de {scenario} synthétiques × {chunksPerDossier} extraits d’environ 100 mots ({FrenchLabels.Number(dossiers * chunksPerDossier)} extraits) : "
            + $"construit en {watch.Elapsed.TotalSeconds:0} s ({FrenchLabels.Number((int)(dossiers * chunksPerDossier / watch.Elapsed.TotalSeconds))} extraits par seconde, "
            + $"vecteurs stockés aléatoires de la taille de MiniLM), fichier de {size / 1048576.0:0} Mio ; les requêtes sont encodées par MiniLM.");

        var reader = new EmbeddedChunkIndex(settings, new FrenchTextAnalyzer(), miniLm);
        var random = new Random(42);
        var figures = new List<LatencyFigure>();
        foreach (var mode in new[] { SearchMode.Lexical, SearchMode.Hybrid })
        {
            figures.AddRange(await MeasureAsync(scenario, reader, mode, _ => SyntheticDossierId(random.Next(dossiers)), requests, cancellationToken));
        }

        return figures;
    }

    private static async Task<IEnumerable<LatencyFigure>> MeasureAsync(
        string scenario, EmbeddedChunkIndex index, SearchMode mode, Func<int, string> dossierFor,
        List<IReadOnlyList<string>> competenceRequests, CancellationToken cancellationToken)
    {
        var configuration = mode == SearchMode.Hybrid ? RetrievalConfiguration.HybridKey : RetrievalConfiguration.FrenchKey;

        // Warm-up: the first search opens the connection pool and, in hybrid mode, runs the model once.
        await index.SearchAsync(new SearchRequest(dossierFor(0), ShortQueries[0], 5, mode), cancellationToken);

        var single = new List<double>();
        for (var i = 0; i < 60; i++)
        {
            single.Add(await TimeAsync(index, new SearchRequest(dossierFor(i), ShortQueries[i % ShortQueries.Length], 5, mode), cancellationToken));
        }

        var fused = new List<double>();
        for (var i = 0; i < Math.Max(60, competenceRequests.Count); i++)
        {
            var queries = competenceRequests.Count == 0 ? ShortQueries : competenceRequests[i % competenceRequests.Count];
            fused.Add(await TimeAsync(index, new SearchRequest(dossierFor(i), queries, 5, mode), cancellationToken));
        }

        var perRequest = competenceRequests.Count == 0 ? ShortQueries.Length : competenceRequests.Average(r => r.Count);
        return
        [
            LatencyFigure.From(scenario, configuration, "requête courte", single),
            LatencyFigure.From(scenario, configuration, $"compétence ({Decimal(perRequest)} requêtes fusionnées)", fused),
        ];
    }

    private static string Decimal(double value) => value.ToString("0.#", FrenchLabels.Culture);

    private static async Task<double> TimeAsync(EmbeddedChunkIndex index, SearchRequest request, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        await index.SearchAsync(request, cancellationToken);
        return watch.Elapsed.TotalMilliseconds;
    }

    // The set's chunks, case after case and again from the first, pages renumbered, until the page count is reached.
    private static (string DossierId, int Pages, List<IndexedChunk> Chunks) BuildLongDossier(IReadOnlyList<PreparedCase> cases, int targetPages)
    {
        const string dossierId = "bench-long-dossier";
        var chunks = new List<IndexedChunk>();
        var pageOffset = 0;
        for (var copy = 0; pageOffset < targetPages && cases.Any(c => c.PageCount > 0); copy++)
        {
            var source = cases[copy % cases.Count];
            foreach (var chunk in source.Chunks)
            {
                chunks.Add(chunk with
                {
                    DossierId = dossierId,
                    ChunkId = $"{copy}-{chunk.ChunkId}",
                    Ordinal = chunks.Count,
                    PageStart = chunk.PageStart + pageOffset,
                    PageEnd = chunk.PageEnd + pageOffset,
                });
            }

            pageOffset += source.PageCount;
        }

        return (dossierId, pageOffset, chunks);
    }

    private static string SyntheticDossierId(int number) => $"synthetic-{number}";

    private static List<IndexedChunk> SyntheticChunks(int number, int count)
    {
        var text = new SyntheticText(number);
        var id = SyntheticDossierId(number);
        return Enumerable.Range(0, count)
            .Select(c => new IndexedChunk(id, $"c{c}", c, text.Paragraph(7), "Section", 1 + (c / 3), 1 + (c / 3)))
            .ToList();
    }
}
