using System.Globalization;
using Grader.Pipeline.Indexing.Analysis;
using Microsoft.Data.Sqlite;

namespace Grader.Pipeline.Indexing.Embedded;

/// <summary>
/// The default chunk index: one SQLite file (WAL) holding chunks, their analyzed terms and their embeddings.
/// BM25 and cosine similarity are computed in process over one dossier's chunks — a few hundred rows — which
/// needs no server and answers in milliseconds.
/// </summary>
/// <remarks>
/// Thread-safe: each operation opens its own pooled connection, and all SQL is parameterised.
/// </remarks>
public sealed class EmbeddedChunkIndex : IChunkIndex
{
    public const string ProviderName = "embedded";

    private readonly string connectionString;
    private readonly ITextAnalyzer analyzer;
    private readonly DenseEncoder dense;
    private readonly Lazy<Task> schema;

    public EmbeddedChunkIndex(EmbeddedIndexSettings settings, ITextAnalyzer analyzer, DenseEncoder? dense = null)
    {
        this.analyzer = analyzer;
        this.dense = dense ?? DenseEncoder.None;
        DatabasePath = Path.GetFullPath(settings.DatabasePath);
        connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = DatabasePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();
        schema = new Lazy<Task>(CreateSchemaAsync);
    }

    public string DatabasePath { get; }

    public Task UpsertAsync(string dossierId, IReadOnlyList<IndexedChunk> chunks, CancellationToken cancellationToken = default) =>
        UpsertAsync(dossierId, chunks, ChunkSetFingerprint.Compute(chunks), cancellationToken);

    public async Task UpsertAsync(string dossierId, IReadOnlyList<IndexedChunk> chunks, string contentHash, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(dossierId);
        EnsureSameDossier(dossierId, chunks);

        // Analyse and embed before opening the transaction: the write lock is then held only for inserts.
        var terms = chunks.Select(c => analyzer.Analyze(c.Text)).ToList();
        var vectors = await dense.EmbedAsync(chunks.Select(c => c.Text).ToList(), cancellationToken);
        var averageLength = terms.Count == 0 ? 0 : terms.Average(t => t.Count);

        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        await DeleteRowsAsync(connection, transaction, dossierId, cancellationToken);

        await using (var insertDossier = Command(connection, transaction, """
            INSERT INTO dossiers (dossier_id, content_hash, analyzer, embedding_model, chunk_count, average_length, indexed_at)
            VALUES ($dossier, $hash, $analyzer, $model, $count, $average, $at)
            """))
        {
            insertDossier.Parameters.AddWithValue("$dossier", dossierId);
            insertDossier.Parameters.AddWithValue("$hash", contentHash);
            insertDossier.Parameters.AddWithValue("$analyzer", analyzer.Name);
            insertDossier.Parameters.AddWithValue("$model", (object?)dense.ModelId ?? DBNull.Value);
            insertDossier.Parameters.AddWithValue("$count", chunks.Count);
            insertDossier.Parameters.AddWithValue("$average", averageLength);
            insertDossier.Parameters.AddWithValue("$at", DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture));
            await insertDossier.ExecuteNonQueryAsync(cancellationToken);
        }

        await using var insertChunk = Command(connection, transaction, """
            INSERT INTO chunks (dossier_id, chunk_id, ordinal, text, section_path, page_start, page_end, session_id, file_name, term_count, embedding)
            VALUES ($dossier, $chunk, $ordinal, $text, $section, $pageStart, $pageEnd, $session, $file, $termCount, $embedding)
            """);
        await using var insertPosting = Command(connection, transaction,
            "INSERT INTO postings (dossier_id, term, chunk_id, frequency) VALUES ($dossier, $term, $chunk, $frequency)");

        for (var i = 0; i < chunks.Count; i++)
        {
            var chunk = chunks[i];
            insertChunk.Parameters.Clear();
            insertChunk.Parameters.AddWithValue("$dossier", dossierId);
            insertChunk.Parameters.AddWithValue("$chunk", chunk.ChunkId);
            insertChunk.Parameters.AddWithValue("$ordinal", chunk.Ordinal);
            insertChunk.Parameters.AddWithValue("$text", chunk.Text);
            insertChunk.Parameters.AddWithValue("$section", chunk.SectionPath);
            insertChunk.Parameters.AddWithValue("$pageStart", chunk.PageStart);
            insertChunk.Parameters.AddWithValue("$pageEnd", chunk.PageEnd);
            insertChunk.Parameters.AddWithValue("$session", (object?)chunk.SessionId ?? DBNull.Value);
            insertChunk.Parameters.AddWithValue("$file", (object?)chunk.FileName ?? DBNull.Value);
            insertChunk.Parameters.AddWithValue("$termCount", terms[i].Count);
            insertChunk.Parameters.AddWithValue("$embedding", vectors.Length > i ? VectorBlob.ToBytes(vectors[i]) : DBNull.Value);
            await insertChunk.ExecuteNonQueryAsync(cancellationToken);

            foreach (var (term, frequency) in SparseVectorBuilder.CountTerms(terms[i]))
            {
                insertPosting.Parameters.Clear();
                insertPosting.Parameters.AddWithValue("$dossier", dossierId);
                insertPosting.Parameters.AddWithValue("$term", term);
                insertPosting.Parameters.AddWithValue("$chunk", chunk.ChunkId);
                insertPosting.Parameters.AddWithValue("$frequency", frequency);
                await insertPosting.ExecuteNonQueryAsync(cancellationToken);
            }
        }

        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<SearchHit>> SearchAsync(SearchRequest request, CancellationToken cancellationToken = default)
    {
        var queries = request.EffectiveQueries;
        if (queries.Count == 0 || request.TopK <= 0 || string.IsNullOrWhiteSpace(request.DossierId))
        {
            return [];
        }

        if (request.Mode == SearchMode.Dense && !dense.IsAvailable)
        {
            throw new IndexException(
                IndexErrorKind.DenseSearchUnavailable,
                "La recherche sémantique (dense) est impossible : aucun modèle d’embeddings n’est configuré (Grader:Embeddings:Provider). Utilisez la recherche lexicale ou hybride.");
        }

        await using var connection = await OpenAsync(cancellationToken);
        var stats = await ReadDossierStatsAsync(connection, request.DossierId, cancellationToken);
        if (stats is null || stats.ChunkCount == 0)
        {
            return [];
        }

        var rankings = new List<IReadOnlyList<(string Id, double Score)>>();
        var storedVectors = request.Mode != SearchMode.Lexical && dense.IsAvailable && stats.EmbeddingModel == dense.ModelId
            ? await ReadVectorsAsync(connection, request.DossierId, cancellationToken)
            : null;

        foreach (var query in queries)
        {
            if (request.Mode != SearchMode.Dense)
            {
                rankings.Add(await RankLexicallyAsync(connection, request.DossierId, stats, analyzer.Analyze(query), cancellationToken));
            }

            if (storedVectors is not null)
            {
                var queryVector = await dense.EmbedQueryAsync(query, cancellationToken);
                if (queryVector is not null)
                {
                    rankings.Add(RankByCosine(storedVectors, queryVector));
                }
            }
        }

        var nonEmpty = rankings.Where(r => r.Count > 0).ToList();
        IReadOnlyList<(string Id, double Score)> fused = nonEmpty.Count switch
        {
            0 => [],
            1 => nonEmpty[0],
            _ => ReciprocalRankFusion.Fuse(nonEmpty.Select(r => (IReadOnlyList<string>)r.Select(x => x.Id).ToList())),
        };

        var top = fused.Take(request.TopK).ToList();
        var chunks = await ReadChunksAsync(connection, request.DossierId, top.Select(t => t.Id).ToList(), cancellationToken);
        return top
            .Where(t => chunks.ContainsKey(t.Id))
            .Select(t => chunks[t.Id] with { Score = t.Score })
            .ToList();
    }

    public async Task DeleteDossierAsync(string dossierId, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        await DeleteRowsAsync(connection, transaction, dossierId, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<bool> ContainsAsync(string dossierId, string contentHash, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var stats = await ReadDossierStatsAsync(connection, dossierId, cancellationToken);

        // Another analyzer or embedding model means other terms or another vector space: index again.
        return stats is not null
            && stats.ContentHash == contentHash
            && stats.Analyzer == analyzer.Name
            && stats.EmbeddingModel == dense.ModelId;
    }

    public async Task<int> CountAsync(string dossierId, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, null, "SELECT COUNT(*) FROM chunks WHERE dossier_id = $dossier");
        command.Parameters.AddWithValue("$dossier", dossierId);
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }

    public async Task<IndexHealth> CheckHealthAsync(CancellationToken cancellationToken = default)
    {
        var notes = new List<string>();
        var healthy = true;
        try
        {
            await using var connection = await OpenAsync(cancellationToken);
            await using var command = Command(connection, null, "SELECT COUNT(*) FROM dossiers");
            var dossiers = Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
            notes.Add($"Index intégré : {DatabasePath} ({dossiers} dossier(s) indexé(s)).");
        }
        catch (Exception ex) when (ex is SqliteException or IOException or UnauthorizedAccessException)
        {
            healthy = false;
            notes.Add($"Index intégré inutilisable ({DatabasePath}) : {ex.Message}");
        }

        notes.Add(dense.IsAvailable
            ? $"Recherche hybride : BM25 français + embeddings « {dense.ModelId} », fusionnés par RRF."
            : "Aucun modèle d’embeddings configuré : la recherche hybride fonctionne en mode lexical seul (BM25 français).");

        return new IndexHealth(healthy, ProviderName, dense.IsAvailable, dense.ModelId, notes);
    }

    private static void EnsureSameDossier(string dossierId, IReadOnlyList<IndexedChunk> chunks)
    {
        var stranger = chunks.FirstOrDefault(c => c.DossierId != dossierId);
        if (stranger is not null)
        {
            throw new IndexException(
                IndexErrorKind.InvalidRequest,
                $"Le passage « {stranger.ChunkId} » appartient au dossier « {stranger.DossierId} », pas au dossier « {dossierId} » en cours d’indexation.");
        }

        var duplicate = chunks.GroupBy(c => c.ChunkId, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new IndexException(
                IndexErrorKind.InvalidRequest,
                $"L’identifiant de passage « {duplicate.Key} » apparaît plusieurs fois dans le dossier « {dossierId} ».");
        }
    }

    private async Task<IReadOnlyList<(string Id, double Score)>> RankLexicallyAsync(
        SqliteConnection connection, string dossierId, DossierStats stats, IReadOnlyList<string> queryTerms, CancellationToken cancellationToken)
    {
        var queryCounts = SparseVectorBuilder.CountTerms(queryTerms);
        if (queryCounts.Count == 0)
        {
            return [];
        }

        // One parameter per term: the IN list is built from parameter names only, never from user text.
        var names = queryCounts.Keys.Select((_, i) => "$t" + i.ToString(CultureInfo.InvariantCulture)).ToList();
        await using var command = Command(connection, null, $"""
            SELECT p.term, p.chunk_id, p.frequency, c.term_count
            FROM postings p JOIN chunks c ON c.dossier_id = p.dossier_id AND c.chunk_id = p.chunk_id
            WHERE p.dossier_id = $dossier AND p.term IN ({string.Join(", ", names)})
            """);
        command.Parameters.AddWithValue("$dossier", dossierId);
        var index = 0;
        foreach (var term in queryCounts.Keys)
        {
            command.Parameters.AddWithValue(names[index++], term);
        }

        var postings = new List<(string Term, string ChunkId, int Frequency, int Length)>();
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                postings.Add((reader.GetString(0), reader.GetString(1), reader.GetInt32(2), reader.GetInt32(3)));
            }
        }

        var documentFrequency = postings.GroupBy(p => p.Term).ToDictionary(g => g.Key, g => g.Count());
        return postings
            .GroupBy(p => p.ChunkId)
            .Select(g => (Id: g.Key, Score: g.Sum(p =>
                queryCounts[p.Term]
                * Bm25.InverseDocumentFrequency(stats.ChunkCount, documentFrequency[p.Term])
                * Bm25.SaturatedTermFrequency(p.Frequency, p.Length, stats.AverageLength))))
            .OrderByDescending(x => x.Score)
            .ThenBy(x => x.Id, StringComparer.Ordinal)
            .ToList();
    }

    private static List<(string Id, double Score)> RankByCosine(IReadOnlyList<(string Id, float[] Vector)> stored, float[] query) =>
        stored
            .Select(s => (s.Id, Score: VectorBlob.Cosine(s.Vector, query)))
            .OrderByDescending(x => x.Score)
            .ThenBy(x => x.Id, StringComparer.Ordinal)
            .ToList();

    private static async Task<List<(string Id, float[] Vector)>> ReadVectorsAsync(SqliteConnection connection, string dossierId, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, null, "SELECT chunk_id, embedding FROM chunks WHERE dossier_id = $dossier AND embedding IS NOT NULL");
        command.Parameters.AddWithValue("$dossier", dossierId);
        var vectors = new List<(string, float[])>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            vectors.Add((reader.GetString(0), VectorBlob.FromBytes((byte[])reader.GetValue(1))));
        }

        return vectors;
    }

    private static async Task<Dictionary<string, SearchHit>> ReadChunksAsync(
        SqliteConnection connection, string dossierId, List<string> chunkIds, CancellationToken cancellationToken)
    {
        var hits = new Dictionary<string, SearchHit>(StringComparer.Ordinal);
        if (chunkIds.Count == 0)
        {
            return hits;
        }

        var names = chunkIds.Select((_, i) => "$c" + i.ToString(CultureInfo.InvariantCulture)).ToList();
        await using var command = Command(connection, null, $"""
            SELECT chunk_id, text, page_start, page_end, section_path, ordinal
            FROM chunks WHERE dossier_id = $dossier AND chunk_id IN ({string.Join(", ", names)})
            """);
        command.Parameters.AddWithValue("$dossier", dossierId);
        for (var i = 0; i < chunkIds.Count; i++)
        {
            command.Parameters.AddWithValue(names[i], chunkIds[i]);
        }

        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var id = reader.GetString(0);
            hits[id] = new SearchHit(id, 0, reader.GetString(1), reader.GetInt32(2), reader.GetInt32(3), reader.GetString(4), reader.GetInt32(5));
        }

        return hits;
    }

    private static async Task<DossierStats?> ReadDossierStatsAsync(SqliteConnection connection, string dossierId, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, null,
            "SELECT content_hash, analyzer, embedding_model, chunk_count, average_length FROM dossiers WHERE dossier_id = $dossier");
        command.Parameters.AddWithValue("$dossier", dossierId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }

        return new DossierStats(
            reader.GetString(0),
            reader.GetString(1),
            reader.IsDBNull(2) ? null : reader.GetString(2),
            reader.GetInt32(3),
            reader.GetDouble(4));
    }

    private static async Task DeleteRowsAsync(SqliteConnection connection, SqliteTransaction transaction, string dossierId, CancellationToken cancellationToken)
    {
        foreach (var table in new[] { "postings", "chunks", "dossiers" })
        {
            // The table name comes from the constant list above; the dossier id is a parameter.
            await using var command = Command(connection, transaction, $"DELETE FROM {table} WHERE dossier_id = $dossier");
            command.Parameters.AddWithValue("$dossier", dossierId);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        await schema.Value;
        var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        return connection;
    }

    private async Task CreateSchemaAsync()
    {
        try
        {
            var directory = Path.GetDirectoryName(DatabasePath);
            if (!string.IsNullOrEmpty(directory))
            {
                Directory.CreateDirectory(directory);
            }

            await using var connection = new SqliteConnection(connectionString);
            await connection.OpenAsync();
            EmbeddedIndexSchema.Create(connection);
        }
        catch (Exception ex) when (ex is SqliteException or IOException or UnauthorizedAccessException)
        {
            throw new IndexException(
                IndexErrorKind.Storage,
                $"Impossible d’ouvrir l’index intégré « {DatabasePath} » : {ex.Message} Vérifiez Grader:Index:DataDirectory et les droits d’écriture.",
                ex);
        }
    }

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction? transaction, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }

    private sealed record DossierStats(string ContentHash, string Analyzer, string? EmbeddingModel, int ChunkCount, double AverageLength);
}
