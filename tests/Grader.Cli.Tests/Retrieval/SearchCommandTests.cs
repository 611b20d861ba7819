using System.Text.Json;
using Grader.Cli.Tests.Support;

namespace Grader.Cli.Tests.Retrieval;

[Collection(RetrievalCollection.Name)]
public sealed class SearchCommandTests(RetrievalTestEnvironment environment)
{
    private static string BudgetDossier => Path.Combine(RetrievalTestEnvironment.EvalSet, "e2-moyen", "dossier.pdf");

    [Fact]
    public async Task Budget_previsionnel_finds_the_budget_table_page_in_the_top_three_and_reuses_the_index()
    {
        var first = await CliRun.Grader("search", BudgetDossier, "--query", "budget prévisionnel", "--top", "3", "--format", "json");
        var second = await CliRun.Grader("search", BudgetDossier, "--query", "budget prévisionnel", "--top", "3", "--format", "json");

        Assert.Equal(0, first.ExitCode);
        using var json = JsonDocument.Parse(first.Output);
        var hits = json.RootElement.GetProperty("hits").EnumerateArray().ToList();
        Assert.InRange(hits.Count, 1, 3);
        // « 5.1 Budget prévisionnel » and its table are on page 6 of the PDF (labels.json, C.2.1.1.).
        Assert.Contains(hits, h => h.GetProperty("pageStart").GetInt32() <= 6 && h.GetProperty("pageEnd").GetInt32() >= 6);
        Assert.All(hits, h =>
        {
            Assert.False(string.IsNullOrEmpty(h.GetProperty("chunkId").GetString()));
            Assert.True(h.TryGetProperty("sectionPath", out _));
            Assert.True(h.GetProperty("score").GetDouble() > 0);
        });
        Assert.Equal(Enumerable.Range(1, hits.Count), hits.Select(h => h.GetProperty("rank").GetInt32()));
        Assert.True(JsonDocument.Parse(second.Output).RootElement.GetProperty("reused").GetBoolean());
        Assert.True(File.Exists(Path.Combine(environment.DataDirectory, "index.db")));
    }

    [Fact]
    public async Task The_text_output_shows_page_section_and_passage_in_french()
    {
        var result = await CliRun.Grader("search", BudgetDossier, "--query", "budget prévisionnel", "--top", "2");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Recherche « budget prévisionnel »", result.Output);
        Assert.Contains("1. p. ", result.Output);
        Assert.Contains("Section : 5. Budget, calendrier et suivi > 5.1 Budget prévisionnel", result.Output);
        Assert.DoesNotContain("\n3. p. ", result.Output);
    }

    [Fact]
    public async Task A_missing_file_is_a_french_error_with_exit_code_2()
    {
        var result = await CliRun.Grader("search", Path.Combine(environment.DataDirectory, "absent.pdf"), "--query", "budget");

        Assert.Equal(GraderCli.UserErrorExitCode, result.ExitCode);
        Assert.StartsWith("Erreur : ", result.Error);
    }

    [Fact]
    public async Task A_wrong_setting_is_a_french_configuration_error_with_exit_code_2()
    {
        Environment.SetEnvironmentVariable("Grader__Index__SearchMode", "rapide");
        try
        {
            var result = await CliRun.Grader("search", BudgetDossier, "--query", "budget");

            Assert.Equal(GraderCli.UserErrorExitCode, result.ExitCode);
            Assert.Contains("Configuration invalide : Grader:Index:SearchMode « rapide » est inconnu", result.Error);
        }
        finally
        {
            Environment.SetEnvironmentVariable("Grader__Index__SearchMode", null);
        }
    }

    [Fact]
    public async Task A_blank_query_is_refused_in_french()
    {
        var result = await CliRun.Grader("search", BudgetDossier, "--query", "   ");

        Assert.Equal(GraderCli.UserErrorExitCode, result.ExitCode);
        Assert.Contains("La requête (--query) est vide", result.Error);
    }
}
