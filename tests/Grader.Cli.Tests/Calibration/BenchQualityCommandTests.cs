using System.CommandLine;
using System.Text.Json;
using Grader.Cli.Commands;
using Grader.Pipeline.Calibration;

namespace Grader.Cli.Tests.Calibration;

public sealed class BenchQualityCommandTests : IDisposable
{
    private static readonly string EvalSet = Path.Combine(FindRepositoryRoot(), "eval-sets", "dossiers-v1");
    private readonly string _folder = Directory.CreateTempSubdirectory("grader-bench-quality-").FullName;
    private readonly List<FakeCaseEvaluator> _created = [];

    [Fact]
    public async Task A_grader_that_returns_the_labels_gets_a_kappa_of_one_in_a_french_report()
    {
        var (exitCode, output, error) = await RunAsync(FakeCaseEvaluator.Echo, "--set", EvalSet, "--bootstrap", "100");

        Assert.Equal(0, exitCode);
        Assert.Contains("# Qualité des pré-évaluations — jeu «\u00A0dossiers-v1\u00A0»", output, StringComparison.Ordinal);
        Assert.Contains($"grader bench quality --set {EvalSet} --bootstrap 100", output, StringComparison.Ordinal);
        Assert.Contains("| Kappa pondéré quadratique (QWK) | 1,00 | 0,00 |", output, StringComparison.Ordinal);
        Assert.Contains("| Accord exact | 1,00 |", output, StringComparison.Ordinal);
        Assert.Contains("[1/6] e1-faible\u00A0: évalué en", error, StringComparison.Ordinal);
        Assert.True(Assert.Single(_created).Disposed, "the command disposes the evaluator it created");
    }

    [Fact]
    public async Task A_grader_that_always_says_two_matches_the_baseline_in_the_json_report()
    {
        var path = Path.Combine(_folder, "qualite.json");

        var (exitCode, output, error) = await RunAsync(FakeCaseEvaluator.AlwaysTwo, "--set", EvalSet, "--format", "json", "--out", path, "--bootstrap", "50");

        Assert.Equal(0, exitCode);
        Assert.Empty(output);
        Assert.Contains("Rapport écrit dans", error, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(path, TestContext.Current.CancellationToken));
        var overall = json.RootElement.GetProperty("overall");
        foreach (var figure in new[] { "pairs", "exactAgreement", "adjacentAgreement", "meanAbsoluteError", "kappa" })
        {
            Assert.Equal(overall.GetProperty("baseline").GetProperty(figure).GetRawText(), overall.GetProperty("grader").GetProperty(figure).GetRawText());
        }

        var deliverables = json.RootElement.GetProperty("deliverables");
        Assert.Equal(deliverables.GetProperty("baseline").GetRawText(), deliverables.GetProperty("grader").GetRawText());
    }

    [Fact]
    public async Task Passes_the_provider_to_the_evaluator_factory()
    {
        var (exitCode, output, _) = await RunAsync(FakeCaseEvaluator.Echo, "--set", EvalSet, "--provider", "OpenAI", "--bootstrap", "10");

        Assert.Equal(0, exitCode);
        Assert.Equal("openai", Assert.Single(_created).Provider);
        Assert.Contains("- Fournisseur\u00A0: openai", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Refuses_unknown_providers_and_formats_and_a_zero_bootstrap()
    {
        var provider = await RunAsync(FakeCaseEvaluator.Echo, "--set", EvalSet, "--provider", "gpt");
        Assert.NotEqual(0, provider.ExitCode);
        Assert.Contains("Fournisseur « gpt » inconnu", provider.Error, StringComparison.Ordinal);
        Assert.NotEqual(0, (await RunAsync(FakeCaseEvaluator.Echo, "--set", EvalSet, "--format", "html")).ExitCode);
        var zero = await RunAsync(FakeCaseEvaluator.Echo, "--set", EvalSet, "--bootstrap", "0");
        Assert.NotEqual(0, zero.ExitCode);
        Assert.Contains("--bootstrap doit être un entier strictement positif.", zero.Error, StringComparison.Ordinal);
        Assert.Empty(_created);
    }

    [Fact]
    public async Task A_set_with_bad_labels_fails_before_any_evaluation_with_a_french_message()
    {
        var set = Directory.CreateDirectory(Path.Combine(_folder, "set", "cas-01")).FullName;
        await File.WriteAllTextAsync(Path.Combine(set, "labels.json"), """{ "epreuve": "e2", "criteria": { "C.2.1.1.": { "level": 7 } } }""", TestContext.Current.CancellationToken);
        await File.WriteAllBytesAsync(Path.Combine(set, "dossier.pdf"), [0x25], TestContext.Current.CancellationToken);

        var error = await Assert.ThrowsAsync<EvaluationSetException>(() => RunAsync(FakeCaseEvaluator.Echo, "--set", Path.GetDirectoryName(set)!));

        Assert.Contains("niveau 7 hors de l’échelle", error.Message, StringComparison.Ordinal);
        Assert.Empty(_created);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    // The lead adds the verb to « grader bench » at merge; until then it runs under a root of its own, as BenchCommand will mount it.
    private async Task<(int ExitCode, string Output, string Error)> RunAsync(Func<string?, FakeCaseEvaluator> evaluator, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var context = new CliContext(output, error);
        var command = BenchQualityCommand.Create(context, provider =>
        {
            var created = evaluator(provider);
            _created.Add(created);
            return created;
        });
        var root = new RootCommand("grader") { new Command("bench") { command } };
        var configuration = new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false };
        var exitCode = await root.Parse(["bench", "quality", .. args]).InvokeAsync(configuration, TestContext.Current.CancellationToken);
        return (exitCode, output.ToString(), error.ToString());
    }

    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Grader.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Grader.sln not found above " + AppContext.BaseDirectory);
    }
}
