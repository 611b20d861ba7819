using Microsoft.Extensions.AI;

namespace Grader.Pipeline.Embeddings;

/// <summary>
/// Sends at most <c>batchSize</c> texts per call to the inner generator, in order: a 300-chunk dossier
/// becomes a handful of requests, each under the provider's input limit.
/// </summary>
public sealed class BatchingEmbeddingGenerator : DelegatingEmbeddingGenerator<string, Embedding<float>>
{
    private readonly int batchSize;

    public BatchingEmbeddingGenerator(IEmbeddingGenerator<string, Embedding<float>> innerGenerator, int batchSize)
        : base(innerGenerator)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        this.batchSize = batchSize;
    }

    public override async Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(
        IEnumerable<string> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default)
    {
        var texts = values as IReadOnlyList<string> ?? values.ToList();
        if (texts.Count <= batchSize)
        {
            return await base.GenerateAsync(texts, options, cancellationToken);
        }

        var all = new GeneratedEmbeddings<Embedding<float>>(texts.Count);
        foreach (var batch in texts.Chunk(batchSize))
        {
            var part = await base.GenerateAsync(batch, options, cancellationToken);
            if (part.Count != batch.Length)
            {
                throw new InvalidOperationException($"The embedding provider returned {part.Count} vectors for {batch.Length} texts.");
            }

            all.AddRange(part);
            if (part.Usage is { } usage)
            {
                all.Usage ??= new UsageDetails();
                all.Usage.Add(usage);
            }
        }

        return all;
    }
}
