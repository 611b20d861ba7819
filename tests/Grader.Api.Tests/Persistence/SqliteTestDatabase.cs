using Grader.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Grader.Api.Tests.Persistence;

/// <summary>A SQLite file in a temporary folder.</summary>
public sealed class SqliteTestDatabase : TestDatabase
{
    private readonly string _folder = Directory.CreateTempSubdirectory("grader-sqlite-").FullName;
    private readonly DbContextOptions<SqliteGraderDbContext> _options;

    public SqliteTestDatabase()
    {
        // Relative on purpose: resolved against the folder, which gets its data/ sub-folder, as the service does.
        ConnectionString = SqliteConnectionStrings.Resolve("Data Source=data/grader.db", _folder);
        _options = new DbContextOptionsBuilder<SqliteGraderDbContext>().UseSqlite(ConnectionString).Options;
    }

    public override string Provider => DatabaseProviders.Sqlite;

    public override string ConnectionString { get; }

    public override GraderDbContext CreateContext() => new SqliteGraderDbContext(_options);

    public override ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
        return ValueTask.CompletedTask;
    }
}
