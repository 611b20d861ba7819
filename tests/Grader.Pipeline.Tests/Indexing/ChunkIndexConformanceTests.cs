using Grader.Pipeline.Indexing;
using Microsoft.Extensions.AI;

namespace Grader.Pipeline.Tests.Indexing;

/// <summary>
/// What every <see cref="IChunkIndex"/> must do. Each concrete class supplies a store; the tests use fresh
/// dossier ids so that a shared server collection can be reused across runs.
/// </summary>
public abstract class ChunkIndexConformanceTests
{
    private readonly string dossier = "dossier-" + Guid.NewGuid().ToString("N");
    private readonly string rival = "rival-" + Guid.NewGuid().ToString("N");

    /// <summary>A new index instance on this test's store; called twice, both instances see the same data.</summary>
    protected abstract Task<IChunkIndex> CreateIndexAsync(IEmbeddingGenerator<string, Embedding<float>>? embeddings = null);

    [Theory]
    [InlineData("analyses concurrentielles des concurrents", "concurrence")]
    [InlineData("l'analyse des concurrents", "concurrence")]
    [InlineData("budget previsionnel", "budget")]
    [InlineData("Indicateur de performance", "indicateurs")]
    [InlineData("developpements des competences de l’equipe", "equipe")]
    public async Task Search_finds_the_right_chunk_first_for_a_french_query(string query, string expectedChunk)
    {
        var index = await CreateIndexAsync();
        await index.UpsertAsync(dossier, ConformanceCorpus.Dossier(dossier), TestContext.Current.CancellationToken);

        var hits = await index.SearchAsync(new SearchRequest(dossier, query, 3, SearchMode.Lexical), TestContext.Current.CancellationToken);

        Assert.NotEmpty(hits);
        Assert.Equal(expectedChunk, hits[0].ChunkId);
    }

    [Fact]
    public async Task Hits_carry_text_pages_section_and_ordinal()
    {
        var index = await CreateIndexAsync();
        await index.UpsertAsync(dossier, ConformanceCorpus.Dossier(dossier), TestContext.Current.CancellationToken);

        var hit = (await index.SearchAsync(new SearchRequest(dossier, "indicateurs de performance", 1), TestContext.Current.CancellationToken)).Single();

        Assert.Equal("indicateurs", hit.ChunkId);
        Assert.StartsWith("Les indicateurs de performance", hit.Text);
        Assert.Equal(7, hit.PageStart);
        Assert.Equal(7, hit.PageEnd);
        Assert.Equal("3. Pilotage", hit.SectionPath);
        Assert.Equal(2, hit.Ordinal);
        Assert.True(hit.Score > 0);
    }

    [Fact]
    public async Task Search_never_returns_another_dossiers_chunk()
    {
        var index = await CreateIndexAsync();
        await index.UpsertAsync(dossier, ConformanceCorpus.Dossier(dossier), TestContext.Current.CancellationToken);
        await index.UpsertAsync(rival, ConformanceCorpus.Rival(rival), TestContext.Current.CancellationToken);

        var hits = await index.SearchAsync(new SearchRequest(dossier, ["analyse concurrentielle", "budget prévisionnel"], 10), TestContext.Current.CancellationToken);

        var ownIds = ConformanceCorpus.Dossier(dossier).Select(c => c.ChunkId).ToHashSet();
        Assert.NotEmpty(hits);
        Assert.All(hits, h => Assert.Contains(h.ChunkId, ownIds));
        Assert.DoesNotContain(hits, h => h.Text.Contains("analyses comparées", StringComparison.Ordinal));
        Assert.DoesNotContain(hits, h => h.Text.Contains("trésorerie", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Upserting_the_same_chunks_again_changes_nothing()
    {
        var index = await CreateIndexAsync();
        var chunks = ConformanceCorpus.Dossier(dossier);
        await index.UpsertAsync(dossier, chunks, TestContext.Current.CancellationToken);
        var before = await index.SearchAsync(new SearchRequest(dossier, "budget clients", 10), TestContext.Current.CancellationToken);

        await index.UpsertAsync(dossier, chunks, TestContext.Current.CancellationToken);
        var after = await index.SearchAsync(new SearchRequest(dossier, "budget clients", 10), TestContext.Current.CancellationToken);

        Assert.Equal(chunks.Count, await index.CountAsync(dossier, TestContext.Current.CancellationToken));
        Assert.Equal(after.Select(h => h.ChunkId).Distinct().Count(), after.Count);
        Assert.Equal(before.Select(h => (h.ChunkId, h.Score)), after.Select(h => (h.ChunkId, h.Score)));
    }

    [Fact]
    public async Task Upserting_fewer_chunks_removes_the_stale_ones()
    {
        var index = await CreateIndexAsync();
        await index.UpsertAsync(dossier, ConformanceCorpus.Dossier(dossier), TestContext.Current.CancellationToken);

        var remaining = ConformanceCorpus.Dossier(dossier).Where(c => c.ChunkId != "budget").ToList();
        await index.UpsertAsync(dossier, remaining, TestContext.Current.CancellationToken);

        Assert.Equal(remaining.Count, await index.CountAsync(dossier, TestContext.Current.CancellationToken));
        var hits = await index.SearchAsync(new SearchRequest(dossier, "budget prévisionnel chiffre d’affaires", 10), TestContext.Current.CancellationToken);
        Assert.DoesNotContain(hits, h => h.ChunkId == "budget");
    }

    [Fact]
    public async Task Deleting_a_dossier_removes_all_of_it_and_nothing_else()
    {
        var index = await CreateIndexAsync();
        await index.UpsertAsync(dossier, ConformanceCorpus.Dossier(dossier), TestContext.Current.CancellationToken);
        await index.UpsertAsync(rival, ConformanceCorpus.Rival(rival), TestContext.Current.CancellationToken);

        await index.DeleteDossierAsync(dossier, TestContext.Current.CancellationToken);

        Assert.Equal(0, await index.CountAsync(dossier, TestContext.Current.CancellationToken));
        Assert.Empty(await index.SearchAsync(new SearchRequest(dossier, "budget prévisionnel", 5), TestContext.Current.CancellationToken));
        Assert.Equal(2, await index.CountAsync(rival, TestContext.Current.CancellationToken));
        var rivalHits = await index.SearchAsync(new SearchRequest(rival, "budget prévisionnel", 5), TestContext.Current.CancellationToken);
        Assert.Equal("budget", rivalHits[0].ChunkId);
    }

    [Fact]
    public async Task Several_queries_are_fused_into_one_ranking()
    {
        var index = await CreateIndexAsync();
        await index.UpsertAsync(dossier, ConformanceCorpus.Dossier(dossier), TestContext.Current.CancellationToken);

        var hits = await index.SearchAsync(
            new SearchRequest(dossier, ["budget prévisionnel", "indicateurs de performance"], 2, SearchMode.Lexical),
            TestContext.Current.CancellationToken);

        Assert.Equal(["budget", "indicateurs"], hits.Select(h => h.ChunkId).Order());
        Assert.Equal(hits[0].Score, hits[1].Score, 6);
    }

    [Fact]
    public async Task TopK_limits_the_number_of_hits()
    {
        var index = await CreateIndexAsync();
        await index.UpsertAsync(dossier, ConformanceCorpus.Dossier(dossier), TestContext.Current.CancellationToken);

        // "clients" occurs in two chunks, "budget" in one, "équipe" in one: four candidates.
        var hits = await index.SearchAsync(new SearchRequest(dossier, "clients budget équipe", 2), TestContext.Current.CancellationToken);
        var all = await index.SearchAsync(new SearchRequest(dossier, "clients budget équipe", 10), TestContext.Current.CancellationToken);

        Assert.Equal(2, hits.Count);
        Assert.Equal(4, all.Count);
        Assert.Equal(all.Take(2).Select(h => h.ChunkId), hits.Select(h => h.ChunkId));
    }

    [Fact]
    public async Task Empty_queries_and_unknown_dossiers_give_no_hits()
    {
        var index = await CreateIndexAsync();
        await index.UpsertAsync(dossier, ConformanceCorpus.Dossier(dossier), TestContext.Current.CancellationToken);

        Assert.Empty(await index.SearchAsync(new SearchRequest(dossier, "", 5), TestContext.Current.CancellationToken));
        Assert.Empty(await index.SearchAsync(new SearchRequest(dossier, ["  ", "\n"], 5), TestContext.Current.CancellationToken));
        Assert.Empty(await index.SearchAsync(new SearchRequest(dossier, "le la les de", 5), TestContext.Current.CancellationToken));
        Assert.Empty(await index.SearchAsync(new SearchRequest("dossier-inconnu-" + Guid.NewGuid(), "budget", 5), TestContext.Current.CancellationToken));
        Assert.Empty(await index.SearchAsync(new SearchRequest(dossier, "budget", 0), TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Contains_tells_whether_this_content_is_already_indexed()
    {
        var index = await CreateIndexAsync();
        var chunks = ConformanceCorpus.Dossier(dossier);
        var fingerprint = ChunkSetFingerprint.Compute(chunks);

        Assert.False(await index.ContainsAsync(dossier, fingerprint, TestContext.Current.CancellationToken));
        await index.UpsertAsync(dossier, chunks, TestContext.Current.CancellationToken);
        Assert.True(await index.ContainsAsync(dossier, fingerprint, TestContext.Current.CancellationToken));
        Assert.False(await index.ContainsAsync(dossier, "autre-empreinte", TestContext.Current.CancellationToken));

        await index.UpsertAsync(dossier, chunks, "sha256-du-fichier", TestContext.Current.CancellationToken);
        Assert.True(await index.ContainsAsync(dossier, "sha256-du-fichier", TestContext.Current.CancellationToken));

        await index.DeleteDossierAsync(dossier, TestContext.Current.CancellationToken);
        Assert.False(await index.ContainsAsync(dossier, "sha256-du-fichier", TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task A_new_instance_on_the_same_store_sees_what_was_indexed()
    {
        var first = await CreateIndexAsync();
        await first.UpsertAsync(dossier, ConformanceCorpus.Dossier(dossier), TestContext.Current.CancellationToken);

        var second = await CreateIndexAsync();

        Assert.Equal(5, await second.CountAsync(dossier, TestContext.Current.CancellationToken));
        var hits = await second.SearchAsync(new SearchRequest(dossier, "veille concurrentielle", 1), TestContext.Current.CancellationToken);
        Assert.Equal("concurrence", hits.Single().ChunkId);
    }

    [Fact]
    public async Task Without_embeddings_hybrid_runs_lexically_and_health_says_so()
    {
        var index = await CreateIndexAsync();
        await index.UpsertAsync(dossier, ConformanceCorpus.Dossier(dossier), TestContext.Current.CancellationToken);

        var health = await index.CheckHealthAsync(TestContext.Current.CancellationToken);
        var hybrid = await index.SearchAsync(new SearchRequest(dossier, "budget prévisionnel", 3, SearchMode.Hybrid), TestContext.Current.CancellationToken);
        var lexical = await index.SearchAsync(new SearchRequest(dossier, "budget prévisionnel", 3, SearchMode.Lexical), TestContext.Current.CancellationToken);

        Assert.True(health.Healthy);
        Assert.False(health.DenseSearchAvailable);
        Assert.Contains(health.Notes, n => n.Contains("mode lexical seul", StringComparison.Ordinal));
        Assert.Equal(lexical, hybrid);
        var error = await Assert.ThrowsAsync<IndexException>(() =>
            index.SearchAsync(new SearchRequest(dossier, "budget", 3, SearchMode.Dense), TestContext.Current.CancellationToken));
        Assert.Contains("aucun modèle d’embeddings", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_embeddings_dense_and_hybrid_searches_find_the_chunk()
    {
        var index = await CreateIndexAsync(new BagOfStemsEmbeddingGenerator());
        await index.UpsertAsync(dossier, ConformanceCorpus.Dossier(dossier), TestContext.Current.CancellationToken);

        var dense = await index.SearchAsync(new SearchRequest(dossier, "indicateurs de performance mensuels", 2, SearchMode.Dense), TestContext.Current.CancellationToken);
        var hybrid = await index.SearchAsync(new SearchRequest(dossier, "indicateurs de performance mensuels", 2, SearchMode.Hybrid), TestContext.Current.CancellationToken);
        var health = await index.CheckHealthAsync(TestContext.Current.CancellationToken);

        Assert.Equal("indicateurs", dense[0].ChunkId);
        Assert.Equal("indicateurs", hybrid[0].ChunkId);
        Assert.True(health.DenseSearchAvailable);
        Assert.Equal("bag-of-stems-64", health.EmbeddingModel);
        Assert.True(await index.ContainsAsync(dossier, ChunkSetFingerprint.Compute(ConformanceCorpus.Dossier(dossier)), TestContext.Current.CancellationToken));
    }
}
