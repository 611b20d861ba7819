using Grader.Pipeline.Indexing.Analysis;
using Microsoft.Extensions.AI;

namespace Grader.Pipeline.Tests.Indexing;

/// <summary>
/// Test double for an embedding model: hashes a text's French stems into a small normalised vector, so texts
/// sharing words are close. Deterministic and offline; it exercises the dense and hybrid code paths.
/// </summary>
internal sealed class BagOfStemsEmbeddingGenerator : IEmbeddingGenerator<string, Embedding<float>>
{
    public const int Dimensions = 64;
    private readonly FrenchTextAnalyzer analyzer = new();
    private readonly EmbeddingGeneratorMetadata metadata = new("test", null, "bag-of-stems-64", Dimensions);

    public int Calls { get; private set; }

    public Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(
        IEnumerable<string> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default)
    {
        Calls++;
        var embeddings = new GeneratedEmbeddings<Embedding<float>>();
        foreach (var value in values)
        {
            var vector = new float[Dimensions];
            foreach (var term in analyzer.Analyze(value))
            {
                vector[TermHasher.Hash(term) % Dimensions] += 1;
            }

            var norm = MathF.Sqrt(vector.Sum(x => x * x));
            embeddings.Add(new Embedding<float>(norm == 0 ? vector : vector.Select(x => x / norm).ToArray()));
        }

        return Task.FromResult(embeddings);
    }

    public object? GetService(Type serviceType, object? serviceKey = null) =>
        serviceType == typeof(EmbeddingGeneratorMetadata) ? metadata : null;

    public void Dispose()
    {
    }
}
