using Grader.Pipeline.Indexing;
using Grader.Pipeline.Indexing.Analysis;
using Grader.Pipeline.Indexing.Qdrant;
using Grpc.Core;
using Qdrant.Client.Grpc;

namespace Grader.Pipeline.Tests.Indexing;

/// <summary>What the Qdrant index sends and how it reacts, checked against a fake client (no server needed).</summary>
public sealed class QdrantChunkIndexTests
{
    private const string Collection = "grader-chunks";

    [Fact]
    public void Point_ids_are_deterministic_version_5_uuids()
    {
        var first = QdrantPointIds.For("dossier-1", "chunk-7");
        var again = QdrantPointIds.For("dossier-1", "chunk-7");

        Assert.Equal(first, again);
        Assert.Equal('5', first.ToString()[14]);
        Assert.Contains(first.ToString()[19], "89ab");
        Assert.NotEqual(first, QdrantPointIds.For("dossier-2", "chunk-7"));
        Assert.NotEqual(first, QdrantPointIds.For("dossier-1", "chunk-8"));
        Assert.NotEqual(QdrantPointIds.For("a", "b/c"), QdrantPointIds.For("a/b", "c"));
    }

    [Fact]
    public void Dossier_filter_matches_the_dossier_id_keyword()
    {
        var filter = QdrantFilters.ForDossier("dossier-1");

        var condition = Assert.Single(filter.Must);
        Assert.Equal("dossier_id", condition.Field.Key);
        Assert.Equal("dossier-1", condition.Field.Match.Keyword);
        Assert.Empty(filter.MustNot);
    }

    [Fact]
    public void Stale_point_filter_keeps_the_new_ids()
    {
        var keep = new[] { QdrantPointIds.For("d", "a"), QdrantPointIds.For("d", "b") };

        var filter = QdrantFilters.ForDossierExcept("d", keep);

        Assert.Equal("d", Assert.Single(filter.Must).Field.Match.Keyword);
        var excluded = Assert.Single(filter.MustNot).HasId;
        Assert.Equal(keep.Select(g => g.ToString()), excluded.HasId.Select(id => id.Uuid));
    }

    [Fact]
    public async Task A_missing_collection_is_created_with_named_dense_and_idf_sparse_vectors()
    {
        var (client, fake) = FakeQdrantClient.Create();
        var created = false;
        fake.Handlers["CollectionExistsAsync"] = _ => created;
        fake.Handlers["CreateCollectionAsync"] = _ =>
        {
            created = true;
            return null;
        };
        fake.Handlers["GetCollectionInfoAsync"] = _ => Info(denseSize: 64);
        fake.Handlers["CreatePayloadIndexAsync"] = _ => new UpdateResult();

        using var index = new QdrantChunkIndex(client, new QdrantIndexSettings(Collection, "http://localhost:6334"), new FrenchTextAnalyzer(),
            new DenseEncoder(new BagOfStemsEmbeddingGenerator()));
        await index.EnsureCollectionAsync(TestContext.Current.CancellationToken);

        var create = Assert.Single(fake.CallsTo("CreateCollectionAsync"));
        Assert.Equal(Collection, create["collectionName"]);
        var dense = ((VectorParamsMap)create["vectorsConfig"]!).Map["dense"];
        Assert.Equal(64ul, dense.Size);
        Assert.Equal(Distance.Cosine, dense.Distance);
        Assert.Equal(Modifier.Idf, ((SparseVectorConfig)create["sparseVectorsConfig"]!).Map["bm25"].Modifier);
        var indexed = fake.CallsTo("CreatePayloadIndexAsync").Select(c => ((string)c["fieldName"]!, (PayloadSchemaType)c["schemaType"]!)).ToList();
        Assert.Contains(("dossier_id", PayloadSchemaType.Keyword), indexed);
    }

    [Fact]
    public async Task A_collection_with_another_vector_size_is_refused_in_french()
    {
        var (client, fake) = FakeQdrantClient.Create();
        fake.Handlers["CollectionExistsAsync"] = _ => true;
        fake.Handlers["GetCollectionInfoAsync"] = _ => Info(denseSize: 1536);

        using var index = new QdrantChunkIndex(client, new QdrantIndexSettings(Collection, "http://localhost:6334"), new FrenchTextAnalyzer(),
            new DenseEncoder(new BagOfStemsEmbeddingGenerator()));
        var error = await Assert.ThrowsAsync<IndexException>(() => index.EnsureCollectionAsync(TestContext.Current.CancellationToken));

        Assert.Equal(IndexErrorKind.SchemaMismatch, error.Kind);
        Assert.Equal("index-schema-mismatch", error.Code);
        Assert.Equal(
            "La collection Qdrant « grader-chunks » ne convient pas : ses vecteurs « dense » ont 1536 dimensions, mais le modèle d’embeddings configuré en produit 64. "
            + "Supprimez-la pour qu’elle soit recréée, ou indiquez une autre collection dans Grader:Index:Collection.",
            error.Message);
        Assert.Empty(fake.CallsTo("CreateCollectionAsync"));
    }

    [Fact]
    public async Task A_sparse_vector_without_idf_is_refused()
    {
        var (client, fake) = FakeQdrantClient.Create();
        fake.Handlers["CollectionExistsAsync"] = _ => true;
        fake.Handlers["GetCollectionInfoAsync"] = _ => Info(denseSize: null, modifier: Modifier.None);

        using var index = new QdrantChunkIndex(client, new QdrantIndexSettings(Collection, "x"), new FrenchTextAnalyzer());
        var error = await Assert.ThrowsAsync<IndexException>(() => index.EnsureCollectionAsync(TestContext.Current.CancellationToken));

        Assert.Contains("n’utilise pas le modificateur IDF", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unreachable_server_gives_a_french_error_naming_the_address()
    {
        var (client, fake) = FakeQdrantClient.Create();
        fake.Handlers["CollectionExistsAsync"] = _ => new RpcException(new Status(StatusCode.Unavailable, "connection refused"));

        using var index = new QdrantChunkIndex(client, new QdrantIndexSettings(Collection, "http://qdrant.local:6334"), new FrenchTextAnalyzer());
        var error = await Assert.ThrowsAsync<IndexException>(() => index.SearchAsync(new SearchRequest("d", "budget"), TestContext.Current.CancellationToken));

        Assert.Equal(IndexErrorKind.Unreachable, error.Kind);
        Assert.StartsWith("Le serveur Qdrant (http://qdrant.local:6334) est injoignable", error.Message, StringComparison.Ordinal);
        Assert.IsType<RpcException>(error.InnerException);
    }

    [Fact]
    public async Task Upsert_sends_deterministic_points_then_deletes_only_stale_points_of_the_dossier()
    {
        var (client, fake) = ReadyClient();
        fake.Handlers["UpsertAsync"] = _ => new UpdateResult();
        fake.Handlers["DeleteAsync"] = _ => new UpdateResult();
        using var index = new QdrantChunkIndex(client, new QdrantIndexSettings(Collection, "x"), new FrenchTextAnalyzer());
        var chunks = ConformanceCorpus.Dossier("dossier-1");

        await index.UpsertAsync("dossier-1", chunks, "hash-1", TestContext.Current.CancellationToken);

        var points = (IReadOnlyList<PointStruct>)Assert.Single(fake.CallsTo("UpsertAsync"))["points"]!;
        Assert.Equal(chunks.Select(c => QdrantPointIds.For("dossier-1", c.ChunkId).ToString()), points.Select(p => p.Id.Uuid));
        var budget = points[0];
        Assert.Equal("dossier-1", budget.Payload["dossier_id"].StringValue);
        Assert.Equal("session-2026", budget.Payload["session_id"].StringValue);
        Assert.Equal(3, budget.Payload["page_start"].IntegerValue);
        Assert.Equal("2. Projet > 2.3 Finances", budget.Payload["section_path"].StringValue);
        Assert.Equal("hash-1", budget.Payload["content_hash"].StringValue);
        Assert.StartsWith("Budget prévisionnel", budget.Payload["text"].StringValue, StringComparison.Ordinal);
        Assert.True(budget.Vectors.Vectors_.Vectors.ContainsKey("bm25"));
        Assert.False(budget.Vectors.Vectors_.Vectors.ContainsKey("dense"));

        var deleteFilter = (Filter)Assert.Single(fake.CallsTo("DeleteAsync"))["filter"]!;
        Assert.Equal("dossier-1", deleteFilter.Must[0].Field.Match.Keyword);
        Assert.Equal(points.Select(p => p.Id.Uuid), deleteFilter.MustNot[0].HasId.HasId.Select(id => id.Uuid));
    }

    [Fact]
    public async Task Hybrid_search_prefetches_dense_and_sparse_with_the_dossier_filter_and_fuses_by_rrf()
    {
        var (client, fake) = ReadyClient(denseSize: 64);
        fake.Handlers["QueryAsync"] = _ => new List<ScoredPoint> { Scored("budget", 0.5f) };
        using var index = new QdrantChunkIndex(client, new QdrantIndexSettings(Collection, "x"), new FrenchTextAnalyzer(),
            new DenseEncoder(new BagOfStemsEmbeddingGenerator()));

        var hits = await index.SearchAsync(new SearchRequest("dossier-1", "budget prévisionnel", 3), TestContext.Current.CancellationToken);

        var query = Assert.Single(fake.CallsTo("QueryAsync"));
        Assert.Equal(60u, ((Query)query["query"]!).Rrf.K);
        var prefetches = (IReadOnlyList<PrefetchQuery>)query["prefetch"]!;
        Assert.Equal(["bm25", "dense"], prefetches.Select(p => p.Using));
        Assert.All(prefetches, p => Assert.Equal("dossier-1", p.Filter.Must[0].Field.Match.Keyword));
        Assert.Equal(3ul, (ulong)query["limit"]!);
        var hit = Assert.Single(hits);
        Assert.Equal(("budget", 4, "Section", 2), (hit.ChunkId, hit.PageStart, hit.SectionPath, hit.Ordinal));
    }

    [Fact]
    public async Task Lexical_search_queries_the_sparse_vector_only()
    {
        var (client, fake) = ReadyClient();
        fake.Handlers["QueryAsync"] = _ => new List<ScoredPoint>();
        using var index = new QdrantChunkIndex(client, new QdrantIndexSettings(Collection, "x"), new FrenchTextAnalyzer());

        await index.SearchAsync(new SearchRequest("dossier-1", "l’analyse des concurrents", 5, SearchMode.Hybrid), TestContext.Current.CancellationToken);

        var query = Assert.Single(fake.CallsTo("QueryAsync"));
        Assert.Equal("bm25", query["usingVector"]);
        var sparse = ((Query)query["query"]!).Nearest.Sparse;
        var expected = SparseVectorBuilder.ForQuery(new FrenchTextAnalyzer().Analyze("l’analyse des concurrents"));
        Assert.Equal(expected.Indices, sparse.Indices);
        Assert.Equal(expected.Values, sparse.Values);
    }

    private static (Qdrant.Client.IQdrantClient, FakeQdrantClient) ReadyClient(int? denseSize = null)
    {
        var (client, fake) = FakeQdrantClient.Create();
        fake.Handlers["CollectionExistsAsync"] = _ => true;
        fake.Handlers["GetCollectionInfoAsync"] = _ => Info(denseSize, withPayloadIndexes: true);
        return (client, fake);
    }

    private static ScoredPoint Scored(string chunkId, float score) => new()
    {
        Id = QdrantPointIds.For("dossier-1", chunkId),
        Score = score,
        Payload =
        {
            ["chunk_id"] = chunkId,
            ["text"] = "Budget prévisionnel",
            ["page_start"] = 4,
            ["page_end"] = 4,
            ["section_path"] = "Section",
            ["ordinal"] = 2,
        },
    };

    private static CollectionInfo Info(int? denseSize, Modifier modifier = Modifier.Idf, bool withPayloadIndexes = false)
    {
        var parameters = new CollectionParams
        {
            SparseVectorsConfig = new SparseVectorConfig { Map = { ["bm25"] = new SparseVectorParams { Modifier = modifier } } },
        };
        if (denseSize is { } size)
        {
            parameters.VectorsConfig = new VectorsConfig
            {
                ParamsMap = new VectorParamsMap { Map = { ["dense"] = new VectorParams { Size = (ulong)size, Distance = Distance.Cosine } } },
            };
        }

        var info = new CollectionInfo { Config = new CollectionConfig { Params = parameters } };
        if (withPayloadIndexes)
        {
            foreach (var field in new[] { "dossier_id", "session_id", "content_hash" })
            {
                info.PayloadSchema[field] = new PayloadSchemaInfo { DataType = PayloadSchemaType.Keyword };
            }
        }

        return info;
    }
}
