namespace Grader.Api.Tests.Deployment;

/// <summary>Finds files of the repository (compose.yaml, Dockerfile) from the test's output folder.</summary>
internal static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    public static string PathOf(string relativePath) => Path.Combine(Root, relativePath);

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Grader.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"Grader.sln not found above {AppContext.BaseDirectory}.");
    }
}
