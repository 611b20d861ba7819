using Microsoft.Data.Sqlite;

namespace Grader.Pipeline.Common;

/// <summary>
/// A SQLite file under the data folder that creates its schema once, on first use, in WAL mode (readers do not
/// block the writer). Shared by the caches that keep results beside the index.
/// </summary>
public sealed class SqliteFile
{
    private readonly string _connectionString;
    private readonly string _schemaSql;
    private readonly Lazy<Task> _schema;

    /// <param name="path">The database file; its folder is created when missing.</param>
    /// <param name="schemaSql">Idempotent statements (CREATE … IF NOT EXISTS) run once before first use.</param>
    public SqliteFile(string path, string schemaSql)
    {
        Path = System.IO.Path.GetFullPath(path);
        _schemaSql = schemaSql;
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = Path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();
        _schema = new Lazy<Task>(CreateSchemaAsync);
    }

    public string Path { get; }

    /// <summary>An open connection, the schema being in place; the caller disposes it.</summary>
    public async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        await _schema.Value;
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken);
        return connection;
    }

    private async Task CreateSchemaAsync()
    {
        var directory = System.IO.Path.GetDirectoryName(Path);
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        await using var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode=WAL;\n" + _schemaSql;
        await command.ExecuteNonQueryAsync();
    }
}
