using System.Globalization;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;
using Grader.Pipeline.Common;
using Microsoft.Data.Sqlite;

namespace Grader.Pipeline.Embeddings;

/// <summary>
/// Embeddings already computed, keyed by model id and the SHA-256 of the text, in a SQLite file beside the
/// index (<c>embeddings-cache.db</c>). Vectors are float32 BLOBs; texts themselves are not stored, only their hash,
/// so the cache holds no candidate's words.
/// </summary>
/// <remarks>
/// Chosen over M.E.AI's DistributedCachingEmbeddingGenerator: that needs an IDistributedCache, and none backed
/// by SQLite is available here, so one would be written anyway; it also stores JSON (about four times the
/// size of float32) and looks keys up one by one, where one query here fetches a whole dossier's hits.
/// </remarks>
public sealed class SqliteEmbeddingCache
{
    private const string Schema = """
            CREATE TABLE IF NOT EXISTS embeddings (
                model TEXT NOT NULL,
                text_sha256 TEXT NOT NULL,
                vector BLOB NOT NULL,
                PRIMARY KEY (model, text_sha256)
            ) WITHOUT ROWID;
        """;

    public const string DefaultFileName = "embeddings-cache.db";

    // SQLite allows 32 766 parameters per statement; 500 keys per lookup stays well within it.
    private const int LookupChunk = 500;

    private readonly SqliteFile file;

    public SqliteEmbeddingCache(string databasePath)
    {
        file = new SqliteFile(databasePath, Schema);
    }

    public string DatabasePath => file.Path;

    public static string HashText(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    /// <summary>The cached vectors among <paramref name="textHashes"/>, by hash.</summary>
    public async Task<Dictionary<string, float[]>> GetAsync(string modelId, IReadOnlyCollection<string> textHashes, CancellationToken cancellationToken)
    {
        var found = new Dictionary<string, float[]>(StringComparer.Ordinal);
        await using var connection = await OpenAsync(cancellationToken);
        foreach (var part in textHashes.Distinct(StringComparer.Ordinal).Chunk(LookupChunk))
        {
            var names = part.Select((_, i) => "$h" + i.ToString(CultureInfo.InvariantCulture)).ToList();
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT text_sha256, vector FROM embeddings WHERE model = $model AND text_sha256 IN ({string.Join(", ", names)})";
            command.Parameters.AddWithValue("$model", modelId);
            for (var i = 0; i < part.Length; i++)
            {
                command.Parameters.AddWithValue(names[i], part[i]);
            }

            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                found[reader.GetString(0)] = MemoryMarshal.Cast<byte, float>((byte[])reader.GetValue(1)).ToArray();
            }
        }

        return found;
    }

    public async Task PutAsync(string modelId, IReadOnlyList<(string TextHash, ReadOnlyMemory<float> Vector)> entries, CancellationToken cancellationToken)
    {
        if (entries.Count == 0)
        {
            return;
        }

        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "INSERT OR REPLACE INTO embeddings (model, text_sha256, vector) VALUES ($model, $hash, $vector)";
        var model = command.Parameters.Add("$model", SqliteType.Text);
        var hash = command.Parameters.Add("$hash", SqliteType.Text);
        var vector = command.Parameters.Add("$vector", SqliteType.Blob);
        foreach (var (textHash, values) in entries)
        {
            model.Value = modelId;
            hash.Value = textHash;
            vector.Value = MemoryMarshal.AsBytes(values.Span).ToArray();
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    private Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken) => file.OpenAsync(cancellationToken);
}
