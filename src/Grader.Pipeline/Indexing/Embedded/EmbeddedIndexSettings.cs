namespace Grader.Pipeline.Indexing.Embedded;

/// <summary>Where the embedded index keeps its SQLite file.</summary>
public sealed record EmbeddedIndexSettings(string DatabasePath)
{
    public const string DefaultFileName = "index.db";

    public static EmbeddedIndexSettings InDirectory(string dataDirectory) =>
        new(Path.Combine(dataDirectory, DefaultFileName));
}
