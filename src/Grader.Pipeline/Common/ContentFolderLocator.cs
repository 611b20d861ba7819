namespace Grader.Pipeline.Common;

/// <summary>
/// Finds a folder of editable content (rubrics, prompts) without configuration: an explicit path, then an
/// environment variable, then a folder of that name in the current directory or one of its parents (a clone
/// of the repository), then the copy shipped next to the program. A folder only counts when it holds at
/// least one <c>markerFile</c>, so an unrelated folder of the same name higher up the disk is ignored.
/// </summary>
public static class ContentFolderLocator
{
    public static string? Find(string folderName, string markerFile, string environmentVariable, string? explicitPath)
    {
        foreach (var candidate in Candidates(folderName, environmentVariable, explicitPath))
        {
            if (Directory.Exists(candidate) && Directory.EnumerateFiles(candidate, markerFile, SearchOption.AllDirectories).Any())
            {
                return Path.GetFullPath(candidate);
            }
        }

        return null;
    }

    private static IEnumerable<string> Candidates(string folderName, string environmentVariable, string? explicitPath)
    {
        if (!string.IsNullOrWhiteSpace(explicitPath))
        {
            yield return explicitPath;
            yield break;
        }

        if (Environment.GetEnvironmentVariable(environmentVariable) is { Length: > 0 } fromEnvironment)
        {
            yield return fromEnvironment;
            yield break;
        }

        for (var directory = new DirectoryInfo(Environment.CurrentDirectory); directory is not null; directory = directory.Parent)
        {
            yield return Path.Combine(directory.FullName, folderName);
        }

        yield return Path.Combine(AppContext.BaseDirectory, folderName);
    }
}
