namespace Grader.Pipeline.Rubrics;

/// <summary>
/// Finds the rubrics folder without configuration: an explicit path, then <c>GRADER_RUBRICS</c>, then a
/// <c>rubrics/</c> folder in the current directory or one of its parents (a clone of the repository), then
/// the copy shipped next to the program.
/// </summary>
public static class RubricLocator
{
    public const string EnvironmentVariable = "GRADER_RUBRICS";
    public const string DefaultRubricId = "developpement-commercial";

    public static string FindRubricsRoot(string? explicitPath = null)
    {
        return Common.ContentFolderLocator.Find("rubrics", "rubric.yaml", EnvironmentVariable, explicitPath)
            ?? throw new RubricException(
            "rubrics-not-found",
            "Dossier des référentiels introuvable : lancez Grader depuis le dépôt, ou indiquez le dossier "
            + $"« rubrics » avec la variable d’environnement {EnvironmentVariable}.");
    }

    /// <summary>The folder of one rubric: <paramref name="pathOrId"/> may be a folder, a rubric.yaml or a rubric id.</summary>
    public static string ResolveRubricPath(string? pathOrId)
    {
        if (pathOrId is not null && (Directory.Exists(pathOrId) || File.Exists(pathOrId)))
        {
            return pathOrId;
        }

        if (pathOrId is not null && (pathOrId.Contains('/') || pathOrId.Contains('\\') || pathOrId.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase)))
        {
            throw new RubricException("rubric-not-found", $"Référentiel introuvable : « {pathOrId} » n’existe pas.");
        }

        var root = FindRubricsRoot();
        var folder = Path.Combine(root, pathOrId ?? DefaultRubricId);
        if (!Directory.Exists(folder))
        {
            var known = Directory.GetDirectories(root).Select(Path.GetFileName);
            throw new RubricException(
                "rubric-not-found",
                $"Aucun référentiel « {pathOrId} » dans {root}. Référentiels disponibles : {string.Join(", ", known)}.");
        }

        return folder;
    }
}
