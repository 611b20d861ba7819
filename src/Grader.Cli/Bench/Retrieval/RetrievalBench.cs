using System.Runtime.InteropServices;
using Grader.Pipeline.Chunking;
using Grader.Pipeline.Embeddings;
using Grader.Pipeline.Indexing;
using Grader.Pipeline.Indexing.Analysis;
using Grader.Pipeline.Indexing.Embedded;
using Grader.Pipeline.Indexing.Evaluation;
using Grader.Pipeline.Indexing.Queries;
using Grader.Pipeline.Ingestion;
using Grader.Pipeline.Rubrics;
using Grader.Pipeline.Rubrics.Loading;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace Grader.Cli.Bench.Retrieval;

/// <summary>
/// The retrieval benchmark: prepares the set's cases, indexes them in throw-away indexes (never in the
/// user's data folder), scores every configuration, then measures latency.
/// </summary>
internal static class RetrievalBench
{
    public static async Task<RetrievalBenchReport> RunAsync(IServiceProvider services, RetrievalBenchOptions options, CancellationToken cancellationToken)
    {
        var cases = BenchmarkSet.Read(options.SetDirectory);
        var rubric = new RubricIndex(RubricLoader.LoadValid(RubricLocator.ResolveRubricPath(options.Rubric)));
        var queries = CompetenceQueryBuilder.ForRubric(rubric.Rubric, options.GenericShare);
        var preparer = new CasePreparer(services.GetRequiredService<DocumentIngestor>(), services.GetRequiredService<StructureAwareChunker>(), rubric, queries);
        var unknownCodes = new List<string>();
        var prepared = cases.Select(c => preparer.Prepare(c, unknownCodes, cancellationToken)).ToList();

        var work = Directory.CreateTempSubdirectory("grader-bench-retrieval-").FullName;
        try
        {
            // Composed as in production (batches of 64), without the cache: the bench must embed, not recall.
            using var miniLm = EmbeddingGeneratorFactory.Create(
                new EmbeddingOptions { Provider = EmbeddingProviders.LocalMiniLm, CacheEnabled = false }, cacheDirectory: null)!;
            var dense = new DenseEncoder(miniLm);
            var plain = new EmbeddedChunkIndex(EmbeddedIndexSettings.InDirectory(Path.Combine(work, "plain")), new PlainTextAnalyzer());
            var french = new EmbeddedChunkIndex(EmbeddedIndexSettings.InDirectory(Path.Combine(work, "french")), new FrenchTextAnalyzer(), dense);
            var quality = new QualityBenchmark(plain, french, options.Seeds);
            await quality.IndexAsync(prepared, cancellationToken);

            var results = new List<QualityResult>();
            foreach (var configuration in RetrievalConfiguration.All(options.Seeds))
            {
                results.Add(await quality.RunAsync(configuration, prepared, cancellationToken));
            }

            var latency = await new LatencyBenchmark(dense, work).RunAsync(prepared, options.Pages, options.Dossiers, options.ChunksPerDossier, cancellationToken);
            var notes = new List<string> { Reachability(prepared) };
            if (unknownCodes.Count > 0)
            {
                notes.Add("Compétences étiquetées absentes du référentiel, ignorées : " + string.Join(" ; ", unknownCodes) + ".");
            }

            if (options.Dossiers == 0)
            {
                notes.Add("Mesure sur un index de nombreux dossiers non effectuée (--dossiers 0).");
            }

            return new RetrievalBenchReport(
                Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(options.SetDirectory))),
                prepared.Count,
                prepared.Sum(p => p.Questions.Count),
                options.Command,
                Machine(),
                results,
                latency,
                notes);
        }
        finally
        {
            // Pooled connections keep the SQLite files open; release them before deleting the folder.
            SqliteConnection.ClearAllPools();
            Directory.Delete(work, recursive: true);
        }
    }

    // A quote that no chunk holds (text lost by the parser, a wrong label) would cap recall below 1 for every configuration.
    private static string Reachability(IReadOnlyList<PreparedCase> prepared)
    {
        var unreachable = prepared
            .SelectMany(p => p.Questions
                .Where(q => !p.Chunks.Any(c => EvidenceMatcher.IsRelevant(c.Text, q.Quotes)))
                .Select(q => $"{p.Id} {q.Code}"))
            .ToList();
        return unreachable.Count == 0
            ? "Chaque couple dossier × compétence a au moins un extrait pertinent : aucune citation étiquetée n’est perdue à l’analyse du document."
            : $"Couples sans aucun extrait pertinent (citation introuvable dans les extraits) : {string.Join(" ; ", unreachable)}.";
    }

    private static string Machine()
    {
#if DEBUG
        const string build = "Debug";
#else
        const string build = "Release";
#endif
        return $"{Environment.ProcessorCount} cœurs, {RuntimeInformation.OSDescription}, {RuntimeInformation.FrameworkDescription}, build {build}";
    }
}
