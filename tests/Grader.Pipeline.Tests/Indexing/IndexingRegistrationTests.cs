using Grader.Pipeline.Indexing;
using Grader.Pipeline.Indexing.Analysis;
using Grader.Pipeline.Indexing.Embedded;
using Grader.Pipeline.Indexing.Qdrant;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Grader.Pipeline.Tests.Indexing;

public sealed class IndexingRegistrationTests : IDisposable
{
    private readonly string directory = Path.Combine(Path.GetTempPath(), "grader-di-" + Guid.NewGuid().ToString("N"));

    private static ServiceProvider Build(Dictionary<string, string?> settings) =>
        new ServiceCollection()
            .AddGraderIndexing(new ConfigurationBuilder().AddInMemoryCollection(settings).Build())
            .BuildServiceProvider();

    [Fact]
    public async Task Without_configuration_the_index_is_embedded_french_and_lexical()
    {
        using var services = Build(new() { ["Grader:Index:DataDirectory"] = directory });

        var index = Assert.IsType<EmbeddedChunkIndex>(services.GetRequiredService<IChunkIndex>());
        var health = await services.EnsureGraderIndexReadyAsync(TestContext.Current.CancellationToken);

        Assert.Equal(Path.Combine(directory, "index.db"), index.DatabasePath);
        Assert.IsType<FrenchTextAnalyzer>(services.GetRequiredService<ITextAnalyzer>());
        Assert.False(services.GetRequiredService<DenseEncoder>().IsAvailable);
        Assert.Equal("embedded", health.Provider);
        Assert.False(health.DenseSearchAvailable);
        Assert.True(File.Exists(index.DatabasePath));
    }

    [Fact]
    public void Qdrant_provider_builds_the_qdrant_index_without_connecting()
    {
        using var services = Build(new()
        {
            ["Grader:Index:Provider"] = "qdrant",
            ["Grader:Index:QdrantUrl"] = "http://localhost:6334",
            ["Grader:Index:Collection"] = "grader-test",
        });

        Assert.IsType<QdrantChunkIndex>(services.GetRequiredService<IChunkIndex>());
    }

    [Fact]
    public void The_dossier_indexer_is_registered_and_the_default_mode_is_hybrid_without_embeddings()
    {
        using var services = Build(new() { ["Grader:Index:DataDirectory"] = directory });

        Assert.NotNull(services.GetRequiredService<DossierIndexer>());
        Assert.Equal(SearchMode.Hybrid, services.GetRequiredService<IOptions<IndexOptions>>().Value.ParsedSearchMode);
        Assert.False(services.GetRequiredService<DenseEncoder>().IsAvailable);
    }

    [Theory]
    [InlineData("lexical", SearchMode.Lexical)]
    [InlineData(" Dense ", SearchMode.Dense)]
    public void The_search_mode_is_read_from_configuration(string value, SearchMode expected)
    {
        using var services = Build(new() { ["Grader:Index:SearchMode"] = value, ["Grader:Index:DataDirectory"] = directory });

        Assert.Equal(expected, services.GetRequiredService<IOptions<IndexOptions>>().Value.ParsedSearchMode);
    }

    [Fact]
    public void Plain_analyzer_is_the_benchmark_baseline()
    {
        using var services = Build(new() { ["Grader:Index:Analyzer"] = "plain", ["Grader:Index:DataDirectory"] = directory });

        Assert.IsType<PlainTextAnalyzer>(services.GetRequiredService<ITextAnalyzer>());
    }

    [Theory]
    [InlineData("Grader:Index:Provider", "elastic", "Grader:Index:Provider « elastic » est inconnu ; valeurs possibles : embedded, qdrant.")]
    [InlineData("Grader:Index:Analyzer", "english", "Grader:Index:Analyzer « english » est inconnu ; valeurs possibles : french, plain.")]
    [InlineData("Grader:Index:SearchMode", "rapide", "Grader:Index:SearchMode « rapide » est inconnu ; valeurs possibles : hybrid, lexical, dense.")]
    [InlineData("Grader:Embeddings:Provider", "cohere", "Grader:Embeddings:Provider « cohere » est inconnu ; valeurs possibles : none, local-minilm, azure-openai, openai, openai-compatible.")]
    public void Invalid_settings_are_reported_in_french(string key, string value, string expected)
    {
        using var services = Build(new() { [key] = value, ["Grader:Index:DataDirectory"] = directory });

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IChunkIndex>());

        Assert.Contains(expected, error.Failures);
    }

    [Fact]
    public void Qdrant_on_the_rest_port_is_refused()
    {
        using var services = Build(new() { ["Grader:Index:Provider"] = "qdrant", ["Grader:Index:QdrantUrl"] = "http://localhost:6333" });

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IChunkIndex>());

        Assert.Contains("Grader:Index:QdrantUrl désigne le port REST 6333 ; le client utilise gRPC, en général sur le port 6334.", error.Failures);
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
