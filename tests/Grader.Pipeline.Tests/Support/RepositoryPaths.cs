namespace Grader.Pipeline.Tests.Support;

/// <summary>Finds the repository's folders from the test binaries, wherever the clone lives.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Rubrics => Path.Combine(Root, "rubrics");

    public static string DefaultRubric => Path.Combine(Rubrics, "developpement-commercial");

    /// <summary>
    /// The référentiel's source text lives in the shared folder beside the repository (it is not ours to copy
    /// into it). <c>GRADER_SEED_PATH</c> overrides the location.
    /// </summary>
    public static string SeedText
    {
        get
        {
            var fromEnvironment = Environment.GetEnvironmentVariable("GRADER_SEED_PATH");
            var candidates = new[]
            {
                fromEnvironment,
                Path.Combine(Root, "..", "shared", "seeds", "000_e3494bcb93910cd1.txt"),
                Path.Combine(Root, "shared", "seeds", "000_e3494bcb93910cd1.txt"),
            };
            return candidates.FirstOrDefault(p => p is not null && File.Exists(p))
                ?? throw new FileNotFoundException(
                    "Texte source du référentiel introuvable : attendu dans ../shared/seeds/ à côté du dépôt, ou indiqué par GRADER_SEED_PATH.");
        }
    }

    private static string FindRoot()
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

    /// <summary>Copies a folder to a fresh temporary one that the caller may edit.</summary>
    public static string CopyToTemp(string folder)
    {
        var target = Path.Combine(Path.GetTempPath(), "grader-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(target);
        foreach (var file in Directory.GetFiles(folder))
        {
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
        }

        return target;
    }
}
