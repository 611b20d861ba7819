using System.CommandLine;
using System.Text.Json;
using System.Text.RegularExpressions;
using Grader.Cli.Commands;
using Grader.Cli.Tests.Retrieval;
using Grader.Cli.Tests.Support;
using Grader.Pipeline.Calibration;

namespace Grader.Cli.Tests.Calibration;

/// <summary>
/// <c>grader calibrate</c>: the three reports on dossiers-v1 (with a test double of the evaluation, and once with the real
/// offline evaluation on two cases), the comparison of two configurations, and the French errors on bad input.
/// </summary>
[Collection(RetrievalCollection.Name)]
public sealed partial class CalibrateCommandTests : IDisposable
{
    private static readonly string EvalSet = RetrievalTestEnvironment.EvalSet;
    private static readonly string[] Reports = ["rapport.md", "rapport.html", "rapport.json"];
    private readonly string _folder = Directory.CreateTempSubdirectory("grader-calibrate-").FullName;
    private readonly List<CalibrationConfiguration> _configurations = [];

    [Fact]
    public async Task Writes_the_three_reports_with_their_sections_and_a_self_contained_html()
    {
        var output = Path.Combine(_folder, "rapport");

        var (exitCode, stdout, stderr) = await RunAsync(_ => FakeCaseEvaluator.AlwaysTwo(null), "--set", EvalSet, "--out", output, "--bootstrap", "50");

        Assert.Equal(0, exitCode);
        Assert.Contains("Rapports écrits dans", stderr, StringComparison.Ordinal);
        Assert.Contains("## Seuils d’acceptation par critère", stdout, StringComparison.Ordinal);
        var markdown = await File.ReadAllTextAsync(Path.Combine(output, "rapport.md"), TestContext.Current.CancellationToken);
        foreach (var section in new[] { "# Rapport de calibration — jeu «\u00A0dossiers-v1\u00A0»", "## Seuils d’acceptation par critère", "## Niveaux — ensemble des compétences",
            "## Niveaux par compétence", "## Éléments attendus du dossier (livrables)", "## Coût", "## Désaccords (29)", "| Kappa pondéré quadratique (QWK) | 0,00 | 0,00 |" })
        {
            Assert.Contains(section, markdown, StringComparison.Ordinal);
        }

        var html = await File.ReadAllTextAsync(Path.Combine(output, "rapport.html"), TestContext.Current.CancellationToken);
        Assert.DoesNotMatch(ExternalUrl(), html);
        Assert.Contains("<svg role=\"img\"", html, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(output, "rapport.json"), TestContext.Current.CancellationToken));
        Assert.Equal(14, json.RootElement.GetProperty("gates").GetArrayLength());
        // « Always 2 »: a defined QWK of 0 fails; the oral-only C.1.3.3. has no pair at all.
        var gates = json.RootElement.GetProperty("gates").EnumerateArray().ToDictionary(g => g.GetProperty("code").GetString()!, g => g.GetProperty("status").GetString());
        Assert.Equal("failed", gates["C.1.1.1."]);
        Assert.Equal("notEnoughData", gates["C.1.3.3."]);
        Assert.Equal(39, json.RootElement.GetProperty("quality").GetProperty("overall").GetProperty("grader").GetProperty("pairs").GetInt32());
    }

    [Fact]
    public async Task Compare_prints_both_columns_and_the_difference_and_runs_each_configuration()
    {
        var (exitCode, stdout, _) = await RunAsync(
            c => c.Thresholds == "b" ? FakeCaseEvaluator.Echo(null) : FakeCaseEvaluator.AlwaysTwo(null),
            "--set", EvalSet, "--out", _folder, "--compare", "thresholds=a", "thresholds=b", "--bootstrap", "50");

        Assert.Equal(0, exitCode);
        Assert.Equal(["a", "b"], _configurations.Select(c => c.Thresholds));
        Assert.Contains("- A\u00A0: thresholds=a", stdout, StringComparison.Ordinal);
        Assert.Contains("| Mesure | A | B | B − A | IC 95\u00A0% de B − A |", stdout, StringComparison.Ordinal);
        Assert.Contains("| QWK | 0,00 | 1,00 | +1,00 |", stdout, StringComparison.Ordinal);
        foreach (var file in new[] { "rapport.md", "rapport.html", "rapport.json", "rapport-a.html", "rapport-b.html" })
        {
            Assert.True(File.Exists(Path.Combine(_folder, file)), file);
        }
    }

    [Fact]
    public async Task Comparing_two_prompt_versions_offline_says_that_prompts_are_not_used()
    {
        var (exitCode, stdout, _) = await RunAsync(_ => FakeCaseEvaluator.Echo(null),
            "--set", EvalSet, "--out", _folder, "--provider", "offline", "--compare", "prompts=prompts-v1", "prompts=prompts-v2", "--bootstrap", "20");

        Assert.Equal(0, exitCode);
        Assert.Contains("les prompts et le modèle n’y sont pas utilisés", stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("indiquez le jeu d’évaluation avec --set", "--out", "x")]
    [InlineData("fournisseur « gpt » inconnu", "--set", "eval-sets/dossiers-v1", "--provider", "gpt")]
    [InlineData("le nombre de tirages doit être un entier entre 1 et 10", "--set", "eval-sets/dossiers-v1", "--samples", "0")]
    [InlineData("--compare attend exactement deux configurations (reçu 1)", "--set", "eval-sets/dossiers-v1", "--compare", "prompts=v1")]
    [InlineData("clé « temperature » inconnue", "--set", "eval-sets/dossiers-v1", "--compare", "temperature=1", "prompts=v2")]
    [InlineData("--fit ajuste les seuils du mode hors ligne", "--set", "eval-sets/dossiers-v1", "--fit", "--provider", "openai")]
    [InlineData("--folds doit valoir au moins 2", "--set", "eval-sets/dossiers-v1", "--fit", "--folds", "1")]
    [InlineData("Jeu d’évaluation introuvable", "--set", "/nulle/part")]
    public async Task Bad_input_gives_a_french_error_and_exit_code_two(string message, params string[] args)
    {
        var result = await CliRun.Grader(["calibrate", .. args]);

        Assert.Equal(GraderCli.UserErrorExitCode, result.ExitCode);
        Assert.StartsWith("Erreur : ", result.Error, StringComparison.Ordinal);
        Assert.Contains(message, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_real_offline_evaluation_of_two_cases_writes_the_three_reports()
    {
        var set = Path.Combine(_folder, "set");
        foreach (var name in new[] { "e1-faible", "e2-faible" })
        {
            var target = Directory.CreateDirectory(Path.Combine(set, name)).FullName;
            foreach (var file in new[] { "labels.json", "dossier.pdf" })
            {
                File.Copy(Path.Combine(EvalSet, name, file), Path.Combine(target, file));
            }
        }

        var output = Path.Combine(_folder, "out");
        var result = await CliRun.Grader("calibrate", "--set", set, "--out", output, "--bootstrap", "20", "--thresholds", "none");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("[2/2] e2-faible\u00A0: évalué en", result.Error, StringComparison.Ordinal);
        Assert.Contains("- Fournisseur\u00A0: offline", result.Output, StringComparison.Ordinal);
        Assert.Contains("offline-criterion 1.0.0 (sha256:", result.Output, StringComparison.Ordinal);
        Assert.All(Reports, f => Assert.True(new FileInfo(Path.Combine(output, f)).Length > 1000, f));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private async Task<(int ExitCode, string Output, string Error)> RunAsync(Func<CalibrationConfiguration, ICaseEvaluator> evaluator, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var command = CalibrateCommand.Create(new CliContext(output, error), (configuration, _) =>
        {
            _configurations.Add(configuration);
            return evaluator(configuration);
        });
        var configuration = new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false };
        var exitCode = await new RootCommand("grader") { command }.Parse(["calibrate", .. args]).InvokeAsync(configuration, TestContext.Current.CancellationToken);
        return (exitCode, output.ToString(), error.ToString());
    }

    [GeneratedRegex("https?://", RegexOptions.IgnoreCase)]
    private static partial Regex ExternalUrl();
}
