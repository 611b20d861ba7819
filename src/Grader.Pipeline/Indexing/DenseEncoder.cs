using Microsoft.Extensions.AI;

namespace Grader.Pipeline.Indexing;

/// <summary>
/// The optional embedding side of an index. Without a generator the index is purely lexical, and says so
/// in its health report instead of failing.
/// </summary>
public sealed class DenseEncoder
{
    private readonly IEmbeddingGenerator<string, Embedding<float>>? generator;

    public DenseEncoder(IEmbeddingGenerator<string, Embedding<float>>? generator)
    {
        this.generator = generator;
        var metadata = generator?.GetService<EmbeddingGeneratorMetadata>();
        ModelId = generator is null ? null : metadata?.DefaultModelId ?? generator.GetType().Name;
        DeclaredDimensions = metadata?.DefaultModelDimensions;
    }

    public static DenseEncoder None { get; } = new(null);

    public bool IsAvailable => generator is not null;

    /// <summary>Identifies the vectors' space; stored with a dossier so vectors of another model are never compared.</summary>
    public string? ModelId { get; }

    public int? DeclaredDimensions { get; }

    public async Task<float[][]> EmbedAsync(IReadOnlyList<string> texts, CancellationToken cancellationToken)
    {
        if (generator is null || texts.Count == 0)
        {
            return [];
        }

        var embeddings = await generator.GenerateAsync(texts, cancellationToken: cancellationToken);
        return embeddings.Select(e => e.Vector.ToArray()).ToArray();
    }

    public async Task<float[]?> EmbedQueryAsync(string text, CancellationToken cancellationToken)
    {
        var vectors = await EmbedAsync([text], cancellationToken);
        return vectors.Length == 1 ? vectors[0] : null;
    }

    /// <summary>The vector size, from the generator's metadata or, when it declares none, from one probe.</summary>
    public async Task<int?> GetDimensionsAsync(CancellationToken cancellationToken)
    {
        if (DeclaredDimensions is { } declared)
        {
            return declared;
        }

        var probe = await EmbedQueryAsync("dimension", cancellationToken);
        return probe?.Length;
    }
}
