using Microsoft.Data.Sqlite;

namespace Grader.Pipeline.Indexing.Embedded;

/// <summary>
/// Tables of the embedded index. BM25 statistics are kept per dossier (its chunk count and average chunk
/// length) because every search is filtered to one dossier: IDF computed over that dossier's chunks says how
/// rare a word is <em>in this candidate's writing</em>, which is what ranks its passages. Collection-wide
/// statistics would let other candidates' vocabulary change this candidate's ranking, and would shift each
/// time anyone uploads a dossier.
/// </summary>
internal static class EmbeddedIndexSchema
{
    public const int Version = 1;

    private const string CreateTables = """
        CREATE TABLE IF NOT EXISTS dossiers (
            dossier_id TEXT PRIMARY KEY,
            content_hash TEXT NOT NULL,
            analyzer TEXT NOT NULL,
            embedding_model TEXT,
            chunk_count INTEGER NOT NULL,
            average_length REAL NOT NULL,
            indexed_at TEXT NOT NULL
        );
        CREATE TABLE IF NOT EXISTS chunks (
            dossier_id TEXT NOT NULL,
            chunk_id TEXT NOT NULL,
            ordinal INTEGER NOT NULL,
            text TEXT NOT NULL,
            section_path TEXT NOT NULL,
            page_start INTEGER NOT NULL,
            page_end INTEGER NOT NULL,
            session_id TEXT,
            file_name TEXT,
            term_count INTEGER NOT NULL,
            embedding BLOB,
            PRIMARY KEY (dossier_id, chunk_id)
        );
        CREATE TABLE IF NOT EXISTS postings (
            dossier_id TEXT NOT NULL,
            term TEXT NOT NULL,
            chunk_id TEXT NOT NULL,
            frequency INTEGER NOT NULL,
            PRIMARY KEY (dossier_id, term, chunk_id)
        ) WITHOUT ROWID;
        """;

    public static void Create(SqliteConnection connection)
    {
        // WAL lets API searches read while an upload is being indexed; the mode is stored in the file.
        Execute(connection, "PRAGMA journal_mode=WAL;");
        Execute(connection, CreateTables);
        Execute(connection, $"PRAGMA user_version={Version};");
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
