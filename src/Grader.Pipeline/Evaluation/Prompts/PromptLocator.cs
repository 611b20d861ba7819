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
        return Common.ContentFolderLocator.Find("prompts", "skprompt.txt", EnvironmentVariable, explicitPath)
            ?? throw new PromptException(
            "prompts-not-found",
            "Dossier des prompts introuvable : lancez Grader depuis le dépôt, ou indiquez le dossier "
            + $"« prompts » avec l’option Grader:Llm:PromptsPath ou la variable d’environnement {EnvironmentVariable}.");
    }
}
