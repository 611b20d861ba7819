namespace Grader.Pipeline.Evaluation.Prompts;

/// <summary>
/// Finds the prompts folder the way <see cref="Rubrics.RubricLocator"/> finds rubrics: an explicit path, then
/// <c>GRADER_PROMPTS</c>, then a <c>prompts/</c> folder in the current directory or one of its parents (a
/// clone of the repository), then the copy shipped next to the program.
/// </summary>
public static class PromptLocator
{
    public const string EnvironmentVariable = "GRADER_PROMPTS";

    public static string FindPromptsRoot(string? explicitPath = null)
    {
        foreach (var candidate in Candidates(explicitPath))
        {
            // A folder merely named "prompts" higher up the disk is not ours: it must hold a prompt function.
            if (Directory.Exists(candidate) && Directory.EnumerateFiles(candidate, "skprompt.txt", SearchOption.AllDirectories).Any())
            {
                return Path.GetFullPath(candidate);
            }
        }

        throw new PromptException(
            "prompts-not-found",
            "Dossier des prompts introuvable : lancez Grader depuis le dépôt, ou indiquez le dossier "
            + $"« prompts » avec l’option Grader:Llm:PromptsPath ou la variable d’environnement {EnvironmentVariable}.");
    }

    private static IEnumerable<string> Candidates(string? explicitPath)
    {
        if (!string.IsNullOrWhiteSpace(explicitPath))
        {
            yield return explicitPath;
            yield break;
        }

        if (Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } fromEnvironment)
        {
            yield return fromEnvironment;
            yield break;
        }

        for (var directory = new DirectoryInfo(Environment.CurrentDirectory); directory is not null; directory = directory.Parent)
        {
            yield return Path.Combine(directory.FullName, "prompts");
        }

        yield return Path.Combine(AppContext.BaseDirectory, "prompts");
    }
}
