using Grader.Pipeline.Embeddings;
using Microsoft.Extensions.AI;

namespace Grader.Pipeline.Tests.Embeddings;

public sealed class CachingEmbeddingGeneratorTests : IDisposable
{
    private readonly string directory = Path.Combine(Path.GetTempPath(), "grader-cache-" + Guid.NewGuid().ToString("N"));

    private IEmbeddingGenerator<string, Embedding<float>> Create(StubHttpHandler stub, string model = "nomic-embed-text") =>
        EmbeddingGeneratorFactory.Create(
            new EmbeddingOptions
            {
                Provider = EmbeddingProviders.OpenAICompatible, Endpoint = "http://localhost:11434/v1", Model = model, RetryBaseDelay = TimeSpan.Zero,
            },
            directory,
            stub)!;

    [Fact]
    public async Task Cached_texts_are_not_sent_again_even_by_a_new_instance()
    {
        var stub = new StubHttpHandler();
        using (var first = Create(stub))
        {
            await first.GenerateAsync(["budget", "veille"], cancellationToken: TestContext.Current.CancellationToken);
        }

        using var second = Create(stub);
        var embeddings = await second.GenerateAsync(["veille", "indicateurs", "budget"], cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(2, stub.Requests.Count);
        Assert.Equal(["indicateurs"], stub.Requests[1].Inputs);
        Assert.Equal([6f, 1f, 1f], embeddings[0].Vector.ToArray());
        Assert.Equal([11f, 0f, 1f], embeddings[1].Vector.ToArray());
        Assert.Equal([6f, 0f, 1f], embeddings[2].Vector.ToArray());
        Assert.True(File.Exists(Path.Combine(directory, "embeddings-cache.db")));
    }

    [Fact]
    public async Task Another_model_does_not_reuse_the_cache()
    {
        var stub = new StubHttpHandler();
        using (var first = Create(stub, "model-a"))
        {
            await first.GenerateAsync(["budget"], cancellationToken: TestContext.Current.CancellationToken);
        }

        using var second = Create(stub, "model-b");
        await second.GenerateAsync(["budget"], cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(["model-a", "model-b"], stub.Requests.Select(r => r.Json["model"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Repeated_texts_in_one_call_are_embedded_once()
    {
        var stub = new StubHttpHandler();
        using var generator = Create(stub);

        var embeddings = await generator.GenerateAsync(["budget", "budget", "veille"], cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(["budget", "veille"], Assert.Single(stub.Requests).Inputs);
        Assert.Equal(3, embeddings.Count);
        Assert.Equal(embeddings[0].Vector.ToArray(), embeddings[1].Vector.ToArray());
    }

    [Fact]
    public void The_cache_key_hashes_the_text_with_sha256()
    {
        Assert.Equal("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", SqliteEmbeddingCache.HashText(""));
        Assert.NotEqual(SqliteEmbeddingCache.HashText("budget"), SqliteEmbeddingCache.HashText("Budget"));
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
