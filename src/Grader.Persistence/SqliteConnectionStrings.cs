using Microsoft.Data.Sqlite;

namespace Grader.Persistence;

/// <summary>Makes a SQLite file path absolute against a base folder and creates its folder.</summary>
public static class SqliteConnectionStrings
{
    public static string Resolve(string? connectionString, string baseDirectory)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString ?? DatabaseOptions.DefaultSqliteConnectionString);
        var dataSource = builder.DataSource;
        if (string.IsNullOrEmpty(dataSource) || dataSource == ":memory:" || builder.Mode == SqliteOpenMode.Memory)
        {
            return builder.ToString();
        }

        builder.DataSource = Path.GetFullPath(dataSource, baseDirectory);
        Directory.CreateDirectory(Path.GetDirectoryName(builder.DataSource)!);
        return builder.ToString();
    }
}
