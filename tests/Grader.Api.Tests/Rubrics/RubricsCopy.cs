namespace Grader.Api.Tests.Rubrics;

/// <summary>A temporary copy of the repository's rubrics folder, for tests that publish versions (never into the repository).</summary>
internal static class RubricsCopy
{
    public static string Create()
    {
        var source = RepositoryRubrics();
        var target = Directory.CreateTempSubdirectory("grader-rubrics-").FullName;
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }

        return target;
    }

    // The repository's folder, with its rubric.lock (the copy built beside the tests has only the YAML files).
    private static string RepositoryRubrics()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Grader.sln")))
            {
                return Path.Combine(dir.FullName, "rubrics");
            }
        }

        throw new InvalidOperationException("Grader.sln not found above the test binaries.");
    }

    /// <summary>Every file under <paramref name="folder"/> with its text, to show that a refused edit wrote nothing.</summary>
    public static Dictionary<string, string> Snapshot(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).ToDictionary(f => f, File.ReadAllText);
}
