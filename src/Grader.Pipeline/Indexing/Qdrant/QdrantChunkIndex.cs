using Grader.Pipeline.Indexing.Analysis;
using Grpc.Core;
using Qdrant.Client;
using Qdrant.Client.Grpc;

namespace Grader.Pipeline.Indexing.Qdrant;

/// <summary>
/// The chunk index on a Qdrant server (gRPC): one collection, a dense vector and a BM25 sparse vector per
/// chunk, every query filtered by dossier id, hybrid queries fused by Qdrant's RRF.
/// </summary>
public sealed class QdrantChunkIndex : IChunkIndex, IDisposable
{
    public const string ProviderName = "qdrant";

    // Qdrant limits request size; 64 points of a few KB each stay far below it.
    private const int UpsertBatchSize = 64;

    // How deep each ranking goes before fusion: enough for RRF to reorder, small enough to stay cheap.
    private const ulong PrefetchDepth = 50;

    // RRF with the paper's k = 60 (Qdrant ≥ 1.16), not Qdrant's default k = 2: see ReciprocalRankFusion.
    private static readonly Query FusionQuery = new Rrf { K = ReciprocalRankFusion.DefaultK };

    private readonly IQdrantClient client;
    private readonly QdrantIndexSettings settings;
    private readonly ITextAnalyzer analyzer;
    private readonly DenseEncoder dense;
    private readonly QdrantCollectionSchema schema;
    private readonly SemaphoreSlim ensureLock = new(1, 1);
    private volatile bool ensured;

    public QdrantChunkIndex(IQdrantClient client, QdrantIndexSettings settings, ITextAnalyzer analyzer, DenseEncoder? dense = null)
    {
        this.client = client;
        this.settings = settings;
        this.analyzer = analyzer;
        this.dense = dense ?? DenseEncoder.None;
        schema = new QdrantCollectionSchema(client, settings);
    }

    /// <summary>Creates or checks the collection; called at start-up and, lazily, before the first operation.</summary>
    public async Task EnsureCollectionAsync(CancellationToken cancellationToken = default)
    {
        if (ensured)
        {
            return;
        }

        await ensureLock.WaitAsync(cancellationToken);
        try
        {
            if (!ensured)
            {
                await schema.EnsureAsync(await dense.GetDimensionsAsync(cancellationToken), cancellationToken);
                ensured = true;
            }
        }
        finally
        {
            ensureLock.Release();
        }
    }

    public Task UpsertAsync(string dossierId, IReadOnlyList<IndexedChunk> chunks, CancellationToken cancellationToken = default) =>
        UpsertAsync(dossierId, chunks, ChunkSetFingerprint.Compute(chunks), cancellationToken);

    public async Task UpsertAsync(string dossierId, IReadOnlyList<IndexedChunk> chunks, string contentHash, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(dossierId);
        if (chunks.Any(c => c.DossierId != dossierId))
        {
            throw new IndexException(IndexErrorKind.InvalidRequest, $"Des passages fournis n’appartiennent pas au dossier « {dossierId} » en cours d’indexation.");
        }

        await EnsureCollectionAsync(cancellationToken);
        var terms = chunks.Select(c => analyzer.Analyze(c.Text)).ToList();
        var averageLength = terms.Count == 0 ? 0 : terms.Average(t => t.Count);
        var vectors = await dense.EmbedAsync(chunks.Select(c => c.Text).ToList(), cancellationToken);
        var stamp = new QdrantPoints.DossierStamp(contentHash, chunks.Count, analyzer.Name, dense.ModelId);

        var points = chunks
            .Select((chunk, i) => QdrantPoints.ToPoint(chunk, SparseVectorBuilder.ForChunk(terms[i], averageLength), vectors.Length > i ? vectors[i] : null, stamp))
            .ToList();

        await Guard(async () =>
        {
            foreach (var batch in points.Chunk(UpsertBatchSize))
            {
                await client.UpsertAsync(settings.Collection, batch, wait: true, cancellationToken: cancellationToken);
            }

            // Upsert first, then remove what is no longer there: searches never see the dossier empty.
            var keep = chunks.Select(c => QdrantPointIds.For(dossierId, c.ChunkId)).ToList();
            await client.DeleteAsync(settings.Collection, QdrantFilters.ForDossierExcept(dossierId, keep), wait: true, cancellationToken: cancellationToken);
        });
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

        await EnsureCollectionAsync(cancellationToken);
        var filter = QdrantFilters.ForDossier(request.DossierId);
        var perQuery = new List<IReadOnlyList<ScoredPoint>>();
        foreach (var query in queries)
        {
            var prefetches = await BuildPrefetchesAsync(query, request.Mode, filter, cancellationToken);
            if (prefetches.Count == 0)
            {
                continue;
            }

            var limit = queries.Count > 1 ? PrefetchDepth : (ulong)request.TopK;
            perQuery.Add(await Guard(() => prefetches.Count == 1
                ? client.QueryAsync(settings.Collection, prefetches[0].Query, usingVector: prefetches[0].Using, filter: filter,
                    limit: limit, payloadSelector: true, cancellationToken: cancellationToken)
                : client.QueryAsync(settings.Collection, FusionQuery, prefetch: prefetches, filter: filter,
                    limit: limit, payloadSelector: true, cancellationToken: cancellationToken)));
        }

        if (perQuery.Count == 1)
        {
            return perQuery[0].Select(QdrantPoints.ToHit).Take(request.TopK).ToList();
        }

        // Several queries: fuse their rankings here with the same RRF (k = 60) that Qdrant applies inside one query.
        var hits = perQuery.SelectMany(r => r.Select(QdrantPoints.ToHit)).GroupBy(h => h.ChunkId).ToDictionary(g => g.Key, g => g.First());
        return ReciprocalRankFusion
            .Fuse(perQuery.Select(r => (IReadOnlyList<string>)r.Select(p => QdrantPoints.Text(p.Payload, QdrantFields.ChunkId)).ToList()))
            .Take(request.TopK)
            .Select(f => hits[f.Id] with { Score = f.Score })
            .ToList();
    }

    public async Task DeleteDossierAsync(string dossierId, CancellationToken cancellationToken = default)
    {
        await EnsureCollectionAsync(cancellationToken);
        await Guard(() => client.DeleteAsync(settings.Collection, QdrantFilters.ForDossier(dossierId), wait: true, cancellationToken: cancellationToken));
    }

    public async Task<bool> ContainsAsync(string dossierId, string contentHash, CancellationToken cancellationToken = default)
    {
        await EnsureCollectionAsync(cancellationToken);
        var sample = await Guard(() => client.ScrollAsync(settings.Collection, QdrantFilters.ForDossierContent(dossierId, contentHash), limit: 1,
            payloadSelector: true, cancellationToken: cancellationToken));
        if (sample.Result.Count == 0)
        {
            return false;
        }

        var payload = sample.Result[0].Payload;
        var sameSpace = QdrantPoints.Text(payload, QdrantFields.Analyzer) == analyzer.Name
            && QdrantPoints.Text(payload, QdrantFields.EmbeddingModel) == (dense.ModelId ?? string.Empty);

        // All the dossier's points must belong to this content: an interrupted re-index leaves a mix.
        var expected = QdrantPoints.Integer(payload, QdrantFields.ChunkCount);
        return sameSpace && await CountAsync(dossierId, cancellationToken) == expected;
    }

    public async Task<int> CountAsync(string dossierId, CancellationToken cancellationToken = default)
    {
        await EnsureCollectionAsync(cancellationToken);
        var count = await Guard(() => client.CountAsync(settings.Collection, QdrantFilters.ForDossier(dossierId), exact: true, cancellationToken: cancellationToken));
        return (int)count;
    }

    public async Task<IndexHealth> CheckHealthAsync(CancellationToken cancellationToken = default)
    {
        var notes = new List<string>();
        var healthy = true;
        try
        {
            var reply = await client.HealthAsync(cancellationToken);
            await EnsureCollectionAsync(cancellationToken);
            notes.Add($"Qdrant {reply.Version} ({settings.ServerAddress}), collection « {settings.Collection} ».");
        }
        catch (RpcException ex)
        {
            healthy = false;
            notes.Add(schema.Unreachable(ex).Message);
        }
        catch (IndexException ex)
        {
            healthy = false;
            notes.Add(ex.Message);
        }

        notes.Add(dense.IsAvailable
            ? $"Recherche hybride : BM25 français (vecteur creux avec IDF) + embeddings « {dense.ModelId} », fusionnés par RRF dans Qdrant."
            : "Aucun modèle d’embeddings configuré : la recherche hybride fonctionne en mode lexical seul (BM25 français).");
        return new IndexHealth(healthy, ProviderName, dense.IsAvailable, dense.ModelId, notes);
    }

    /// <summary>Releases the start-up lock; the Qdrant client itself belongs to whoever created it.</summary>
    public void Dispose() => ensureLock.Dispose();

    private async Task<List<PrefetchQuery>> BuildPrefetchesAsync(string query, SearchMode mode, Filter filter, CancellationToken cancellationToken)
    {
        var prefetches = new List<PrefetchQuery>();
        if (mode != SearchMode.Dense)
        {
            var sparse = SparseVectorBuilder.ForQuery(analyzer.Analyze(query));
            if (!sparse.IsEmpty)
            {
                prefetches.Add(new PrefetchQuery { Query = (sparse.Values, sparse.Indices), Using = QdrantFields.SparseVector, Filter = filter, Limit = PrefetchDepth });
            }
        }

        if (mode != SearchMode.Lexical && dense.IsAvailable && await dense.EmbedQueryAsync(query, cancellationToken) is { } vector)
        {
            prefetches.Add(new PrefetchQuery { Query = vector, Using = QdrantFields.DenseVector, Filter = filter, Limit = PrefetchDepth });
        }

        return prefetches;
    }

    private async Task Guard(Func<Task> operation) => await Guard(async () =>
    {
        await operation();
        return true;
    });

    private async Task<T> Guard<T>(Func<Task<T>> operation)
    {
        try
        {
            return await operation();
        }
        catch (RpcException ex) when (QdrantCollectionSchema.IsUnreachable(ex.StatusCode))
        {
            throw schema.Unreachable(ex);
        }
    }
}
