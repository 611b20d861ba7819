using System.Globalization;
using System.Text.Json;
using Grader.Cli.Tests.Support;

namespace Grader.Cli.Tests.Retrieval;

[Collection(RetrievalCollection.Name)]
public sealed class BenchRetrievalCommandTests : IDisposable
{
    private readonly string set = Directory.CreateTempSubdirectory("grader-bench-set-").FullName;

    public BenchRetrievalCommandTests()
    {
        // A one-case set: the smallest dossier of the eval set, with its labels.
        var source = Path.Combine(RetrievalTestEnvironment.EvalSet, "e2-faible");
        var target = Directory.CreateDirectory(Path.Combine(set, "e2-faible")).FullName;
        File.Copy(Path.Combine(source, "dossier.pdf"), Path.Combine(target, "dossier.pdf"));
        File.Copy(Path.Combine(source, "labels.json"), Path.Combine(target, "labels.json"));
    }

    [Fact]
    public async Task The_markdown_table_has_every_configuration_with_figures_between_zero_and_one()
    {
        var (exitCode, output, _) = await RunBenchAsync("--set", set, "--pages", "0", "--dossiers", "0", "--seeds", "3");

        Assert.Equal(0, exitCode);
        foreach (var label in new[] { "Extraits au hasard", "BM25 simple", "BM25 français", "Dense seul (MiniLM local)", "Hybride BM25 français + MiniLM (RRF)" })
        {
            var row = output.Split('\n').First(l => l.StartsWith("| " + label, StringComparison.Ordinal));
            var figures = row.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Skip(1)
                .Select(cell => double.Parse(cell, CultureInfo.GetCultureInfo("fr-FR")))
                .ToList();
            Assert.Equal(4, figures.Count);
            Assert.All(figures, f => Assert.InRange(f, 0, 1));
        }

        Assert.Contains("| configuration | recall@1 | recall@3 | recall@5 | MRR |", output);
        Assert.Contains("#### MRR par compétence", output);
    }

    [Fact]
    public async Task The_json_report_is_written_to_the_out_file()
    {
        var file = Path.Combine(set, "rapport.json");

        var (exitCode, _, error) = await RunBenchAsync("--set", set, "--pages", "0", "--dossiers", "0", "--seeds", "2", "--format", "json", "--out", file);

        Assert.Equal(0, exitCode);
        Assert.Contains("Rapport écrit dans", error);
        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(file, TestContext.Current.CancellationToken));
        var configurations = json.RootElement.GetProperty("configurations").EnumerateArray().ToList();
        Assert.Equal(["random", "bm25-plain", "bm25-french", "dense-minilm", "hybrid-french-minilm"], configurations.Select(c => c.GetProperty("key").GetString()));
        Assert.All(configurations, c => Assert.InRange(c.GetProperty("mrr").GetDouble(), 0, 1));
        Assert.Equal(1, json.RootElement.GetProperty("cases").GetInt32());
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(set, recursive: true);
    }

    private static async Task<(int ExitCode, string Output, string Error)> RunBenchAsync(params string[] args)
    {
        var result = await CliRun.Grader(["bench", "retrieval", .. args]);
        return (result.ExitCode, result.Output, result.Error);
    }
}
