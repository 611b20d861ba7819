using Grader.Pipeline.Embeddings;

namespace Grader.Pipeline.Tests.Embeddings;

public sealed class EmbeddingOptionsValidatorTests
{
    private readonly EmbeddingOptionsValidator validator = new();

    [Fact]
    public void The_default_is_none_and_valid()
    {
        var options = new EmbeddingOptions();

        Assert.Equal("none", options.Provider);
        Assert.True(validator.Validate(null, options).Succeeded);
    }

    [Fact]
    public void Openai_compatible_needs_a_v1_endpoint_and_a_model()
    {
        var result = validator.Validate(null, new EmbeddingOptions { Provider = "openai-compatible", Endpoint = "http://localhost:11434" });

        Assert.Equal(
            [
                "Grader:Embeddings:Model doit indiquer le modèle d’embeddings (par exemple text-embedding-3-small).",
                "Grader:Embeddings:Endpoint doit se terminer par /v1 pour un serveur compatible OpenAI (par exemple http://localhost:11434/v1), reçu « http://localhost:11434 ».",
            ],
            result.Failures);
    }

    [Fact]
    public void Azure_needs_endpoint_deployment_and_key()
    {
        var result = validator.Validate(null, new EmbeddingOptions { Provider = "azure-openai" });

        Assert.Equal(
            [
                "Grader:Embeddings:Model doit indiquer le nom du déploiement Azure OpenAI du modèle d’embeddings.",
                "Grader:Embeddings:ApiKey est obligatoire pour le fournisseur « azure-openai ».",
                "Grader:Embeddings:Endpoint doit être une URL http(s) absolue pour le fournisseur « azure-openai ».",
            ],
            result.Failures);
    }

    [Fact]
    public void Ollama_without_a_key_is_accepted()
    {
        var options = new EmbeddingOptions { Provider = "openai-compatible", Endpoint = "http://localhost:11434/v1", Model = "nomic-embed-text" };

        Assert.True(validator.Validate(null, options).Succeeded);
    }

    [Fact]
    public void Batch_size_and_retries_are_bounded()
    {
        var result = validator.Validate(null, new EmbeddingOptions { BatchSize = 0, MaxRetries = 11, Dimensions = -1 });

        Assert.Equal(
            [
                "Grader:Embeddings:Dimensions doit être un entier positif.",
                "Grader:Embeddings:BatchSize doit être compris entre 1 et 2048.",
                "Grader:Embeddings:MaxRetries doit être compris entre 0 et 10.",
            ],
            result.Failures);
    }
}
