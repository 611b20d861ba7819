namespace Grader.Persistence;

/// <summary>The values of <c>Grader:Database:Provider</c>.</summary>
public static class DatabaseProviders
{
    public const string Sqlite = "sqlite";
    public const string PostgreSql = "postgresql";

    public static IReadOnlyList<string> All { get; } = [Sqlite, PostgreSql];
}
