using Microsoft.Extensions.AI;

namespace Grader.Pipeline.Embeddings;

/// <summary>
/// Answers from <see cref="SqliteEmbeddingCache"/> what was embedded before and asks the inner generator only
/// for the rest, so re-indexing a dossier or re-running a benchmark costs no provider calls.
/// </summary>
public sealed class CachingEmbeddingGenerator : DelegatingEmbeddingGenerator<string, Embedding<float>>
{
    private readonly SqliteEmbeddingCache cache;
    private readonly string modelKey;

    public CachingEmbeddingGenerator(IEmbeddingGenerator<string, Embedding<float>> innerGenerator, SqliteEmbeddingCache cache)
        : base(innerGenerator)
    {
        this.cache = cache;
        var metadata = innerGenerator.GetService<EmbeddingGeneratorMetadata>();

        // Provider, model and dimensions: the same model name shortened to 256 dimensions is another space.
        modelKey = $"{metadata?.ProviderName}|{metadata?.DefaultModelId}|{metadata?.DefaultModelDimensions}";
    }

    public override async Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(
        IEnumerable<string> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default)
    {
        var texts = values as IReadOnlyList<string> ?? values.ToList();
        var key = options?.ModelId is null && options?.Dimensions is null ? modelKey : $"{modelKey}|{options.ModelId}|{options.Dimensions}";
        var hashes = texts.Select(SqliteEmbeddingCache.HashText).ToList();
        var cached = await cache.GetAsync(key, hashes, cancellationToken);

        var missing = Enumerable.Range(0, texts.Count).Where(i => !cached.ContainsKey(hashes[i])).ToList();
        var distinctMissing = missing.Select(i => (Hash: hashes[i], Text: texts[i])).DistinctBy(x => x.Hash).ToList();
        GeneratedEmbeddings<Embedding<float>>? fresh = null;
        if (distinctMissing.Count > 0)
        {
            fresh = await base.GenerateAsync(distinctMissing.Select(x => x.Text).ToList(), options, cancellationToken);
            var entries = distinctMissing.Select((x, i) => (x.Hash, fresh[i].Vector)).ToList();
            await cache.PutAsync(key, entries, cancellationToken);
            foreach (var (hash, vector) in entries)
            {
                cached[hash] = vector.ToArray();
            }
        }

        var result = new GeneratedEmbeddings<Embedding<float>>(texts.Count) { Usage = fresh?.Usage };
        result.AddRange(hashes.Select(h => new Embedding<float>(cached[h])));
        return result;
    }
}
