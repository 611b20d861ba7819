using Grader.Cli.Tests.Support;

namespace Grader.Cli.Tests.Commands;

/// <summary>A wrong setting is the user's to fix: a French message and exit 2, not an internal error.</summary>
[Collection(nameof(EnvironmentVariableCollection))]
public sealed class InvalidConfigurationTests
{
    [Fact]
    public async Task A_negative_chunk_size_is_reported_in_french_with_exit_code_2()
    {
        var file = Path.Combine(Path.GetTempPath(), $"grader-config-{Guid.NewGuid():N}.md");
        await File.WriteAllTextAsync(file, "# Titre\n\nUn paragraphe de dossier assez long pour être découpé.\n", TestContext.Current.CancellationToken);
        Environment.SetEnvironmentVariable("Grader__Chunking__TargetTokens", "-5");
        try
        {
            var result = await CliRun.Grader("chunk", file);

            Assert.Equal(GraderCli.UserErrorExitCode, result.ExitCode);
            Assert.StartsWith("Erreur : configuration invalide.", result.Error, StringComparison.Ordinal);
            Assert.Contains("Grader:Chunking:TargetTokens doit être positif", result.Error, StringComparison.Ordinal);
            Assert.DoesNotContain("Erreur interne", result.Error, StringComparison.Ordinal);
        }
        finally
        {
            Environment.SetEnvironmentVariable("Grader__Chunking__TargetTokens", null);
        }
    }
}

/// <summary>Tests that change process-wide environment variables must not run beside the others.</summary>
[CollectionDefinition(nameof(EnvironmentVariableCollection), DisableParallelization = true)]
public sealed class EnvironmentVariableCollection;
