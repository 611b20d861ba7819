namespace Grader.Cli.Tests.Retrieval;

/// <summary>
/// Points the CLI's index at a private temporary folder for the whole test run, through the same environment
/// variable a user would set (Grader__Index__DataDirectory), so no test writes into the repository's data/.
/// </summary>
public sealed class RetrievalTestEnvironment : IDisposable
{
    public RetrievalTestEnvironment()
    {
        DataDirectory = Directory.CreateTempSubdirectory("grader-cli-index-").FullName;
        Environment.SetEnvironmentVariable("Grader__Index__DataDirectory", DataDirectory);
    }

    public string DataDirectory { get; }

    public static string RepositoryRoot { get; } = FindRoot();

    public static string EvalSet => Path.Combine(RepositoryRoot, "eval-sets", "dossiers-v1");

    public void Dispose()
    {
        Environment.SetEnvironmentVariable("Grader__Index__DataDirectory", null);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(DataDirectory, recursive: true);
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
}

/// <summary>Tests that share the CLI's index folder run one after the other.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class RetrievalCollection : ICollectionFixture<RetrievalTestEnvironment>
{
    public const string Name = "retrieval";
}
