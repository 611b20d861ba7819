using Grader.Cli.Tests.Support;

namespace Grader.Cli.Tests.Commands;

public sealed class RubricCommandTests
{
    private static string DefaultRubric => Path.Combine(FindRepositoryRoot(), "rubrics", "developpement-commercial");

    [Fact]
    public async Task Show_prints_the_negotiation_competence_with_its_three_criteria()
    {
        var result = await CliRun.Grader("rubric", "show", "C.2.2.4");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Compétence C.2.2.4. [c-2-2-4]", result.Output, StringComparison.Ordinal);
        Assert.Contains("Conduire les négociations commerciales dans un contexte interculturel", result.Output, StringComparison.Ordinal);
        Assert.Contains("Critères d’évaluation (3) :", result.Output, StringComparison.Ordinal);
        Assert.Contains("1. Des négociations commerciales dans un contexte interculturel sont menées.", result.Output, StringComparison.Ordinal);
        Assert.Contains("Épreuve E2 [e2]", result.Output, StringComparison.Ordinal);
        Assert.Contains("Évaluée sur le dossier écrit et à l’oral", result.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("A.4.2.3", "Compétence A.4.2.3. [c-4-2-3]", "Épreuve E4 [e4]")]
    [InlineData("C3.1.1", "Compétence C3.1.1. [c-3-1-1]", "Épreuve E3 [e3]")]
    [InlineData("c-6-2-1", "Compétence C.6.2.1. [c-6-2-1]", "Évaluée uniquement à l’oral")]
    public async Task Show_accepts_source_codes_and_ids(string code, string heading, string detail)
    {
        var result = await CliRun.Grader("rubric", "show", code);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains(heading, result.Output, StringComparison.Ordinal);
        Assert.Contains(detail, result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Show_of_an_epreuve_lists_its_deliverables_and_competences()
    {
        var result = await CliRun.Grader("rubric", "show", "e2");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Le dossier comprend :", result.Output, StringComparison.Ordinal);
        Assert.Contains("• l’analyse du marché et de la concurrence,", result.Output, StringComparison.Ordinal);
        Assert.Contains("C.2.2.4.", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Show_of_an_unknown_code_fails_in_french()
    {
        var result = await CliRun.Grader("rubric", "show", "C.9.9.9");

        Assert.Equal(GraderCli.UserErrorExitCode, result.ExitCode);
        Assert.Contains("Erreur : Aucune compétence ni épreuve « C.9.9.9 »", result.Error, StringComparison.Ordinal);
        Assert.Empty(result.Output);
    }

    [Fact]
    public async Task List_prints_blocs_epreuves_and_competences_one_line_each()
    {
        var result = await CliRun.Grader("rubric", "list");

        Assert.Equal(0, result.ExitCode);
        var lines = result.Output.Split('\n');
        Assert.Equal(6, lines.Count(l => l.StartsWith("Bloc n°", StringComparison.Ordinal)));
        Assert.Equal(6, lines.Count(l => l.StartsWith("  Épreuve ", StringComparison.Ordinal)));
        Assert.Contains(lines, l => l.StartsWith("    A.4.2.3.", StringComparison.Ordinal) && l.Contains("[écrit", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("Bloc n°5 (optionnel)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Validate_accepts_the_shipped_rubric()
    {
        var result = await CliRun.Grader("rubric", "validate", DefaultRubric);

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("Référentiel valide : developpement-commercial", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_rejects_a_copy_with_a_duplicated_id_naming_file_and_line()
    {
        var copy = CopyRubric();
        var blocPath = Path.Combine(copy, "bloc-2.yaml");
        var text = await File.ReadAllTextAsync(blocPath, TestContext.Current.CancellationToken);
        var edited = text.Replace("id: c-2-2-5\n", "id: c-2-2-4\n", StringComparison.Ordinal);
        Assert.NotEqual(text, edited);
        await File.WriteAllTextAsync(blocPath, edited, TestContext.Current.CancellationToken);
        var line = edited[..edited.LastIndexOf("id: c-2-2-4\n", StringComparison.Ordinal)].Count(c => c == '\n') + 1;

        var result = await CliRun.Grader("rubric", "validate", copy);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("Référentiel invalide", result.Error, StringComparison.Ordinal);
        Assert.Contains($"bloc-2.yaml:{line} : identifiant « c-2-2-4 » en double", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_rejects_a_copy_with_a_dangling_reference_naming_file_and_line()
    {
        var copy = CopyRubric();
        var blocPath = Path.Combine(copy, "bloc-3.yaml");
        var text = await File.ReadAllTextAsync(blocPath, TestContext.Current.CancellationToken);
        var lines = text.Split('\n').ToList();
        var competencesLine = lines.FindIndex(l => l.TrimStart().StartsWith("competences: [", StringComparison.Ordinal));
        Assert.True(competencesLine >= 0, "bloc-3.yaml lists the épreuve's compétences inline");
        lines[competencesLine] = lines[competencesLine].Replace("[", "[c-3-9-9, ", StringComparison.Ordinal);
        await File.WriteAllTextAsync(blocPath, string.Join('\n', lines), TestContext.Current.CancellationToken);
        var epreuveLine = lines.FindIndex(l => l.TrimStart().StartsWith("- id: e3", StringComparison.Ordinal)) + 1;

        var result = await CliRun.Grader("rubric", "validate", copy);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"bloc-3.yaml:{epreuveLine} : l’épreuve « e3 » cite la compétence « c-3-9-9 », qui n’existe pas", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_of_a_missing_folder_fails_in_french()
    {
        var result = await CliRun.Grader("rubric", "validate", "/nulle/part/rubric.yaml");

        Assert.Equal(GraderCli.UserErrorExitCode, result.ExitCode);
        Assert.Contains("Référentiel introuvable", result.Error, StringComparison.Ordinal);
    }

    private static string CopyRubric()
    {
        var target = Path.Combine(Path.GetTempPath(), "grader-cli-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(target);
        foreach (var file in Directory.GetFiles(DefaultRubric))
        {
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
        }

        return target;
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

        throw new InvalidOperationException("Grader.sln not found");
    }
}
