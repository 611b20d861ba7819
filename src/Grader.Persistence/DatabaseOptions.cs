namespace Grader.Persistence;

/// <summary>Configuration section <c>Grader:Database</c>.</summary>
public sealed class DatabaseOptions
{
    public const string SectionName = "Grader:Database";
    public const string DefaultSqliteConnectionString = "Data Source=data/grader.db";

    /// <summary><c>sqlite</c> (default, a file under <c>data/</c>) or <c>postgresql</c>.</summary>
    public string Provider { get; set; } = DatabaseProviders.Sqlite;

    /// <summary>Required for PostgreSQL; for SQLite, defaults to <see cref="DefaultSqliteConnectionString"/>.</summary>
    public string? ConnectionString { get; set; }
}
