using Grader.Pipeline.Embeddings;
using Grader.Pipeline.Indexing.Analysis;
using Microsoft.Extensions.AI;

namespace Grader.Cli.Bench.Retrieval;

/// <summary>
/// Stands in for MiniLM when filling the 2,000-dossier latency index: it declares MiniLM's model id and size
/// so the index accepts MiniLM query vectors against them, but costs nothing to compute. Embedding 100,000
/// synthetic chunks with the real model would take about an hour on two cores and would not change how long
/// a search takes: the search compares one query vector with one dossier's stored vectors, whatever they hold.
/// </summary>
internal sealed class RandomVectorEmbeddingGenerator : IEmbeddingGenerator<string, Embedding<float>>
{
    private readonly EmbeddingGeneratorMetadata metadata = new(
        "bench-random-vectors", null, LocalMiniLmEmbeddingGenerator.ModelId, LocalMiniLmEmbeddingGenerator.Dimensions);

    public Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(
        IEnumerable<string> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default)
    {
        var result = new GeneratedEmbeddings<Embedding<float>>();
        foreach (var text in values)
        {
            // Seeded by a stable hash of the text (string.GetHashCode changes per process), so a rebuilt index holds the same vectors.
            var random = new Random((int)(TermHasher.Hash(text) & int.MaxValue));
            var vector = new float[LocalMiniLmEmbeddingGenerator.Dimensions];
            for (var i = 0; i < vector.Length; i++)
            {
                vector[i] = (float)((random.NextDouble() * 2) - 1);
            }

            result.Add(new Embedding<float>(vector) { ModelId = LocalMiniLmEmbeddingGenerator.ModelId });
        }

        return Task.FromResult(result);
    }

    public object? GetService(Type serviceType, object? serviceKey = null) =>
        serviceKey is not null ? null
        : serviceType == typeof(EmbeddingGeneratorMetadata) ? metadata
        : serviceType.IsInstanceOfType(this) ? this
        : null;

    public void Dispose()
    {
    }
}
