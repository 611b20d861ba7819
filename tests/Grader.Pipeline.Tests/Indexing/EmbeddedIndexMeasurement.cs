using System.Diagnostics;
using Grader.Pipeline.Indexing;
using Grader.Pipeline.Indexing.Analysis;
using Grader.Pipeline.Indexing.Embedded;

namespace Grader.Pipeline.Tests.Indexing;

/// <summary>
/// Measures the embedded index at scale — printed, never asserted on time. Run with
/// <c>GRADER_MEASURE_INDEX=1 dotnet test tests/Grader.Pipeline.Tests --filter FullyQualifiedName~EmbeddedIndexMeasurement --logger "console;verbosity=detailed"</c>.
/// </summary>
public sealed class EmbeddedIndexMeasurement : IDisposable
{
    private static readonly string[] Vocabulary =
    [
        "analyse", "concurrents", "budget", "prévisionnel", "indicateurs", "performance", "clients", "prospection", "marché",
        "stratégie", "équipe", "commerciale", "négociation", "chiffre", "affaires", "marge", "tableau", "bord", "veille",
        "fournisseurs", "achats", "qualité", "satisfaction", "fidélisation", "campagne", "digitale", "réseaux", "sociaux",
        "rentabilité", "trésorerie", "objectifs", "résultats", "entretien", "argumentaire", "offre", "devis", "contrat",
        "livraison", "stock", "entrepôt", "international", "export", "douane", "relance", "planning", "réunion", "formation",
    ];

    private readonly string directory = Path.Combine(Path.GetTempPath(), "grader-measure-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Query_latency_with_two_thousand_dossiers()
    {
        if (Environment.GetEnvironmentVariable("GRADER_MEASURE_INDEX") != "1")
        {
            Assert.Skip("Mesure de latence désactivée : définir GRADER_MEASURE_INDEX=1 pour l’afficher.");
        }

        const int dossiers = 2000, chunksPerDossier = 100, wordsPerChunk = 120;
        var random = new Random(42);
        var index = new EmbeddedChunkIndex(EmbeddedIndexSettings.InDirectory(directory), new FrenchTextAnalyzer());

        var upsert = Stopwatch.StartNew();
        for (var d = 0; d < dossiers; d++)
        {
            var id = $"d{d}";
            var chunks = Enumerable.Range(0, chunksPerDossier)
                .Select(c => new IndexedChunk(id, $"c{c}", c, string.Join(' ', Enumerable.Range(0, wordsPerChunk).Select(_ => Vocabulary[random.Next(Vocabulary.Length)])), "s", c / 2, c / 2))
                .ToList();
            await index.UpsertAsync(id, chunks, TestContext.Current.CancellationToken);
        }

        upsert.Stop();
        var queries = new[] { "budget prévisionnel", "indicateurs de performance", "veille concurrentielle", "analyse des concurrents et négociation" };
        foreach (var q in queries)
        {
            await index.SearchAsync(new SearchRequest("d7", q, 5), TestContext.Current.CancellationToken);
        }

        var timings = new List<double>();
        for (var i = 0; i < 200; i++)
        {
            var watch = Stopwatch.StartNew();
            await index.SearchAsync(new SearchRequest($"d{random.Next(dossiers)}", queries[i % queries.Length], 5), TestContext.Current.CancellationToken);
            timings.Add(watch.Elapsed.TotalMilliseconds);
        }

        timings.Sort();
        var size = new FileInfo(index.DatabasePath).Length + (File.Exists(index.DatabasePath + "-wal") ? new FileInfo(index.DatabasePath + "-wal").Length : 0);
        TestContext.Current.TestOutputHelper?.WriteLine(
            $"Embedded index: {dossiers} dossiers × {chunksPerDossier} chunks of {wordsPerChunk} words, {Environment.ProcessorCount} cores; "
            + $"upsert {dossiers * chunksPerDossier / upsert.Elapsed.TotalSeconds:F0} chunks/s ({upsert.Elapsed.TotalSeconds:F0} s); "
            + $"lexical query p50 {timings[timings.Count / 2]:F1} ms, p95 {timings[(int)(timings.Count * 0.95)]:F1} ms; file {size / 1048576.0:F0} MiB");
        Assert.Equal(200, timings.Count);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
