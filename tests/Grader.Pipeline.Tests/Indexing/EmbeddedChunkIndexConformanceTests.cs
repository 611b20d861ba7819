using Grader.Pipeline.Indexing;
using Grader.Pipeline.Indexing.Analysis;
using Grader.Pipeline.Indexing.Embedded;
using Microsoft.Extensions.AI;

namespace Grader.Pipeline.Tests.Indexing;

/// <summary>The conformance suite on a real SQLite file in a temporary folder.</summary>
public sealed class EmbeddedChunkIndexConformanceTests : ChunkIndexConformanceTests, IDisposable
{
    private readonly string directory = Path.Combine(Path.GetTempPath(), "grader-index-" + Guid.NewGuid().ToString("N"));

    protected override Task<IChunkIndex> CreateIndexAsync(IEmbeddingGenerator<string, Embedding<float>>? embeddings = null) =>
        Task.FromResult<IChunkIndex>(new EmbeddedChunkIndex(
            EmbeddedIndexSettings.InDirectory(directory), new FrenchTextAnalyzer(), new DenseEncoder(embeddings)));

    [Fact]
    public async Task The_database_is_a_wal_file_in_the_data_directory()
    {
        var index = (EmbeddedChunkIndex)await CreateIndexAsync();
        await index.UpsertAsync("d", [new IndexedChunk("d", "c", 0, "texte", "s", 1, 1)], TestContext.Current.CancellationToken);

        Assert.Equal(Path.Combine(directory, "index.db"), index.DatabasePath);
        Assert.True(File.Exists(index.DatabasePath));
        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={index.DatabasePath}");
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode;";
        Assert.Equal("wal", (string?)await command.ExecuteScalarAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Concurrent_searches_and_upserts_do_not_fail()
    {
        var index = await CreateIndexAsync();
        await index.UpsertAsync("d0", ConformanceCorpus.Dossier("d0"), TestContext.Current.CancellationToken);

        var work = Enumerable.Range(0, 16).Select(i => i % 2 == 0
            ? index.UpsertAsync($"d{i}", ConformanceCorpus.Dossier($"d{i}"), TestContext.Current.CancellationToken)
            : index.SearchAsync(new SearchRequest("d0", "budget prévisionnel", 1), TestContext.Current.CancellationToken));
        await Task.WhenAll(work);

        Assert.Equal(5, await index.CountAsync("d14", TestContext.Current.CancellationToken));
        Assert.Equal("budget", (await index.SearchAsync(new SearchRequest("d0", "budget prévisionnel", 1), TestContext.Current.CancellationToken))[0].ChunkId);
    }

    [Fact]
    public async Task Chunks_of_another_dossier_are_refused_with_a_french_message()
    {
        var index = await CreateIndexAsync();

        var error = await Assert.ThrowsAsync<IndexException>(() =>
            index.UpsertAsync("a", ConformanceCorpus.Dossier("b"), TestContext.Current.CancellationToken));

        Assert.Equal("index-invalid-request", error.Code);
        Assert.Contains("appartient au dossier « b »", error.Message, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
