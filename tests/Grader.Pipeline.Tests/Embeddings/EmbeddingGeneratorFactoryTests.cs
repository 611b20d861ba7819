using System.ClientModel;
using System.Net;
using Grader.Pipeline.Embeddings;
using Microsoft.Extensions.AI;

namespace Grader.Pipeline.Tests.Embeddings;

/// <summary>The remote providers as built from configuration, talking to a stub server: requests, retries, batching.</summary>
public sealed class EmbeddingGeneratorFactoryTests
{
    private static EmbeddingOptions Compatible(int maxRetries = 3, int batchSize = 64) => new()
    {
        Provider = EmbeddingProviders.OpenAICompatible,
        Endpoint = "http://localhost:11434/v1",
        Model = "nomic-embed-text",
        MaxRetries = maxRetries,
        RetryBaseDelay = TimeSpan.Zero,
        BatchSize = batchSize,
        CacheEnabled = false,
    };

    [Fact]
    public async Task Openai_compatible_posts_the_texts_to_the_v1_embeddings_route()
    {
        var stub = new StubHttpHandler();
        using var generator = EmbeddingGeneratorFactory.Create(Compatible(), null, stub)!;

        var embeddings = await generator.GenerateAsync(["budget prévisionnel", "veille"], cancellationToken: TestContext.Current.CancellationToken);

        var request = Assert.Single(stub.Requests);
        Assert.Equal(HttpMethod.Post, request.Method);
        Assert.Equal("http://localhost:11434/v1/embeddings", request.Uri.ToString());
        Assert.Equal("nomic-embed-text", request.Json["model"]!.GetValue<string>());
        Assert.Equal(["budget prévisionnel", "veille"], request.Inputs);
        Assert.Equal([19f, 0f, 1f], embeddings[0].Vector.ToArray());
        Assert.Equal([6f, 1f, 1f], embeddings[1].Vector.ToArray());
    }

    [Fact]
    public async Task Openai_sends_the_key_and_the_requested_dimensions()
    {
        var stub = new StubHttpHandler();
        var options = new EmbeddingOptions
        {
            Provider = EmbeddingProviders.OpenAI, Model = "text-embedding-3-small", ApiKey = "sk-test", Dimensions = 256, CacheEnabled = false,
        };
        using var generator = EmbeddingGeneratorFactory.Create(options, null, stub)!;

        await generator.GenerateAsync(["indicateurs"], cancellationToken: TestContext.Current.CancellationToken);

        var request = Assert.Single(stub.Requests);
        Assert.Equal("https://api.openai.com/v1/embeddings", request.Uri.ToString());
        Assert.Equal("Bearer sk-test", request.Headers["authorization"]);
        Assert.Equal(256, request.Json["dimensions"]!.GetValue<int>());
        Assert.Equal("text-embedding-3-small", generator.GetService<EmbeddingGeneratorMetadata>()!.DefaultModelId);
    }

    [Fact]
    public async Task Azure_openai_addresses_the_deployment_with_an_api_key_header()
    {
        var stub = new StubHttpHandler();
        var options = new EmbeddingOptions
        {
            Provider = EmbeddingProviders.AzureOpenAI, Endpoint = "https://grader.openai.azure.com/", Model = "embeddings-prod", ApiKey = "azure-key",
            CacheEnabled = false,
        };
        using var generator = EmbeddingGeneratorFactory.Create(options, null, stub)!;

        await generator.GenerateAsync(["veille concurrentielle"], cancellationToken: TestContext.Current.CancellationToken);

        var request = Assert.Single(stub.Requests);
        Assert.StartsWith("https://grader.openai.azure.com/openai/deployments/embeddings-prod/embeddings?api-version=", request.Uri.ToString(), StringComparison.Ordinal);
        Assert.Equal("azure-key", request.Headers["api-key"]);
        Assert.Equal(["veille concurrentielle"], request.Inputs);
    }

    [Fact]
    public async Task Transient_failures_are_retried_with_the_same_request()
    {
        var stub = new StubHttpHandler(HttpStatusCode.TooManyRequests, HttpStatusCode.ServiceUnavailable);
        using var generator = EmbeddingGeneratorFactory.Create(Compatible(maxRetries: 3), null, stub)!;

        var embeddings = await generator.GenerateAsync(["budget"], cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(3, stub.Requests.Count);
        Assert.Single(stub.Requests.Select(r => r.Body).Distinct());
        Assert.Equal(["budget"], stub.Requests[2].Inputs);
        Assert.Equal([6f, 0f, 1f], embeddings.Single().Vector.ToArray());
    }

    [Fact]
    public async Task Retries_stop_after_the_configured_count()
    {
        var stub = new StubHttpHandler(Enumerable.Repeat(HttpStatusCode.InternalServerError, 10).ToArray());
        using var generator = EmbeddingGeneratorFactory.Create(Compatible(maxRetries: 2), null, stub)!;

        var error = await Assert.ThrowsAsync<ClientResultException>(() =>
            generator.GenerateAsync(["budget"], cancellationToken: TestContext.Current.CancellationToken));

        Assert.Equal(500, error.Status);
        Assert.Equal(3, stub.Requests.Count);
    }

    [Fact]
    public async Task Client_errors_are_not_retried()
    {
        var stub = new StubHttpHandler(HttpStatusCode.BadRequest);
        using var generator = EmbeddingGeneratorFactory.Create(Compatible(maxRetries: 3), null, stub)!;

        var error = await Assert.ThrowsAsync<ClientResultException>(() =>
            generator.GenerateAsync(["budget"], cancellationToken: TestContext.Current.CancellationToken));

        Assert.Equal(400, error.Status);
        Assert.Single(stub.Requests);
    }

    [Fact]
    public async Task Texts_are_sent_in_batches_and_come_back_in_order()
    {
        var stub = new StubHttpHandler();
        using var generator = EmbeddingGeneratorFactory.Create(Compatible(batchSize: 2), null, stub)!;

        var embeddings = await generator.GenerateAsync(["a", "bb", "ccc", "dddd", "eeeee"], cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal([["a", "bb"], ["ccc", "dddd"], ["eeeee"]], stub.Requests.Select(r => r.Inputs));
        Assert.Equal([1f, 2f, 3f, 4f, 5f], embeddings.Select(e => e.Vector.Span[0]));
    }

    [Fact]
    public void None_builds_no_generator()
    {
        Assert.Null(EmbeddingGeneratorFactory.Create(new EmbeddingOptions(), null));
    }
}
