using System.Collections.Concurrent;
using System.Text.Json;
using Grader.Pipeline.Chunking;
using Grader.Pipeline.Evaluation.Verification;
using Grader.Pipeline.Ingestion;
using Grader.Pipeline.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Grader.Pipeline.Tests.Evaluation.Verification;

/// <summary>A labelled evidence quote of eval-sets/dossiers-v1.</summary>
public sealed record LabelledQuote(string Case, string Code, int Page, string Quote)
{
    public override string ToString() => $"{Case} {Code} p.{Page}: {Quote[..Math.Min(40, Quote.Length)]}";
}

/// <summary>
/// The eval-set dossiers parsed and chunked by the real pipeline, built as the CLI builds it; each PDF is
/// ingested once for the whole test run.
/// </summary>
public static class EvalSetDossiers
{
    private static readonly Lazy<ServiceProvider> Services = new(Build);
    private static readonly ConcurrentDictionary<string, Lazy<(ParsedDocument Document, DossierFileText Text)>> Cache = new();

    public static string Folder => Path.Combine(RepositoryPaths.Root, "eval-sets", "dossiers-v1");

    public static IReadOnlyList<string> Cases =>
        Directory.GetDirectories(Folder).Where(d => File.Exists(Path.Combine(d, "labels.json"))).Select(Path.GetFileName).Order().ToList()!;

    public static (ParsedDocument Document, DossierFileText Text) Load(string caseName) =>
        Cache.GetOrAdd(caseName, name => new Lazy<(ParsedDocument, DossierFileText)>(() => Ingest(name))).Value;

    public static QuoteVerifier Verifier(string caseName) => new([Load(caseName).Text]);

    public static IEnumerable<LabelledQuote> Quotes()
    {
        foreach (var caseName in Cases)
        {
            using var labels = JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, caseName, "labels.json")));
            foreach (var criterion in labels.RootElement.GetProperty("criteria").EnumerateObject())
            {
                if (!criterion.Value.TryGetProperty("evidence", out var evidence))
                {
                    continue;
                }

                foreach (var quote in evidence.EnumerateArray())
                {
                    yield return new LabelledQuote(caseName, criterion.Name, quote.GetProperty("page").GetInt32(), quote.GetProperty("quote").GetString()!);
                }
            }
        }
    }

    private static (ParsedDocument, DossierFileText) Ingest(string caseName)
    {
        var path = Path.Combine(Folder, caseName, "dossier.pdf");
        var document = Services.Value.GetRequiredService<DocumentIngestor>().Ingest(path, CancellationToken.None);
        var evaluated = EvaluatedText.From(document);
        var chunks = Services.Value.GetRequiredService<StructureAwareChunker>().CreateChunks(document, evaluated);
        return (document, new DossierFileText(document.FileName, evaluated, chunks));
    }

    private static ServiceProvider Build()
    {
        var services = new ServiceCollection();
        services.AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
        services.AddSingleton(typeof(ILogger<>), typeof(NullLogger<>));
        services.AddGraderIngestion();
        services.AddGraderChunking();
        return services.BuildServiceProvider();
    }
}
