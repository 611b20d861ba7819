using System.Text.Json;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Grader.Cli.Tests.Retrieval;
using Grader.Cli.Tests.Support;
using Json.Schema;

namespace Grader.Cli.Tests.Commands;

/// <summary><c>grader evaluate</c> in process on an eval-set PDF, offline, with the index in the collection's temporary folder.</summary>
[Collection(RetrievalCollection.Name)]
public sealed class EvaluateCommandTests(RetrievalTestEnvironment environment)
{
    private static string Dossier => Path.Combine(RetrievalTestEnvironment.EvalSet, "e2-fort", "dossier.pdf");

    [Fact]
    public async Task Bloc_2_offline_prints_a_french_markdown_report_with_the_offline_notice()
    {
        var result = await CliRun.Grader("evaluate", Dossier, "--bloc", "2");

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Contains("# Pré-évaluation — épreuve E2", result.Output, StringComparison.Ordinal);
        Assert.Contains("sans modèle de langue", result.Output, StringComparison.Ordinal);
        Assert.Contains("C.2.2.5.", result.Output, StringComparison.Ordinal);
        Assert.Contains("Citations vérifiées", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Json_output_follows_the_evaluate_contract()
    {
        var path = Path.Combine(environment.DataDirectory, "pre-evaluation.json");

        var result = await CliRun.Grader("evaluate", Dossier, "--epreuve", "e2", "--format", "json", "--out", path);

        Assert.True(result.ExitCode == 0, result.Error);
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        var schema = JsonSchema.FromText(File.ReadAllText(SchemaPath));
        var validation = schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        Assert.True(validation.IsValid, string.Join("\n", (validation.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))));
        Assert.Equal("offline", document.RootElement.GetProperty("provider").GetString());
    }

    [Fact]
    public async Task Docx_grid_is_valid_open_xml_and_needs_an_output_file()
    {
        var path = Path.Combine(environment.DataDirectory, "grille.docx");

        var withoutOut = await CliRun.Grader("evaluate", Dossier, "--bloc", "2", "--format", "docx");
        var result = await CliRun.Grader("evaluate", Dossier, "--bloc", "2", "--format", "docx", "--out", path);

        Assert.Equal(2, withoutOut.ExitCode);
        Assert.Contains("--out", withoutOut.Error, StringComparison.Ordinal);
        Assert.True(result.ExitCode == 0, result.Error);
        using var document = WordprocessingDocument.Open(path, isEditable: false);
        var errors = new OpenXmlValidator(FileFormatVersions.Office2019).Validate(document, TestContext.Current.CancellationToken).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => $"{e.Path?.XPath}: {e.Description}")));
    }

    [Fact]
    public async Task Ambiguous_E6_fails_in_french_listing_both_epreuves()
    {
        var result = await CliRun.Grader("evaluate", Dossier, "--epreuve", "E6");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("désigne plusieurs épreuves", result.Error, StringComparison.Ordinal);
        Assert.Contains("e6-achats-supply-chain", result.Error, StringComparison.Ordinal);
        Assert.Contains("e6-commerce-international", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_or_unconfigured_provider_and_missing_epreuve_fail_in_french()
    {
        var provider = await CliRun.Grader("evaluate", Dossier, "--bloc", "2", "--provider", "gpt");
        var noEpreuve = await CliRun.Grader("evaluate", Dossier);
        var unconfigured = await CliRun.Grader("evaluate", Dossier, "--bloc", "2", "--provider", "openai-compatible");

        Assert.Equal(2, provider.ExitCode);
        Assert.Contains("Fournisseur « gpt » inconnu", provider.Error, StringComparison.Ordinal);
        Assert.Equal(2, noEpreuve.ExitCode);
        Assert.Contains("--bloc", noEpreuve.Error, StringComparison.Ordinal);
        Assert.Equal(2, unconfigured.ExitCode);
        Assert.Contains("Grader:Llm:Endpoint", unconfigured.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dry_run_prints_a_budget_per_competence_and_a_total_without_calling_anything()
    {
        var result = await CliRun.Grader("evaluate", Dossier, "--bloc", "2", "--dry-run");

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Contains("Budget de jetons estimé", result.Output, StringComparison.Ordinal);
        Assert.Contains("C.2.1.1.", result.Output, StringComparison.Ordinal);
        Assert.Contains("Total", result.Output, StringComparison.Ordinal);
        Assert.Contains("aucun modèle de langue n’est appelé", result.Output, StringComparison.Ordinal);
    }

    private static string SchemaPath
    {
        get
        {
            var candidates = new[]
            {
                Environment.GetEnvironmentVariable("GRADER_CONTRACTS_PATH") is { } fromEnvironment ? Path.Combine(fromEnvironment, "evaluate.schema.json") : null,
                Path.Combine(RetrievalTestEnvironment.RepositoryRoot, "..", "shared", "contracts", "evaluate.schema.json"),
                Path.Combine(RetrievalTestEnvironment.RepositoryRoot, "shared", "contracts", "evaluate.schema.json"),
            };
            return candidates.FirstOrDefault(p => p is not null && File.Exists(p)) ?? throw new FileNotFoundException("Contrat evaluate.schema.json introuvable.");
        }
    }
}
