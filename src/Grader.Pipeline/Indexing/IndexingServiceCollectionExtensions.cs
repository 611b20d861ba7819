using Grader.Pipeline.Embeddings;
using Grader.Pipeline.Indexing.Analysis;
using Grader.Pipeline.Indexing.Embedded;
using Grader.Pipeline.Indexing.Qdrant;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Qdrant.Client;

namespace Grader.Pipeline.Indexing;

/// <summary>Registers the chunk index and its embeddings from <c>Grader:Index</c> and <c>Grader:Embeddings</c>.</summary>
public static class IndexingServiceCollectionExtensions
{
    public static IServiceCollection AddGraderIndexing(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<IndexOptions>().Bind(configuration.GetSection(IndexOptions.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<IndexOptions>, IndexOptionsValidator>());
        services.AddOptions<EmbeddingOptions>().Bind(configuration.GetSection(EmbeddingOptions.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<EmbeddingOptions>, EmbeddingOptionsValidator>());

        services.TryAddSingleton<ITextAnalyzer>(sp =>
            sp.GetRequiredService<IOptions<IndexOptions>>().Value.Analyzer.Trim().Equals(IndexOptions.PlainAnalyzer, StringComparison.OrdinalIgnoreCase)
                ? new PlainTextAnalyzer()
                : new FrenchTextAnalyzer());

        // The generator may be absent (provider "none"): DenseEncoder carries that, DI cannot hold a null.
        services.TryAddSingleton(sp => new DenseEncoder(EmbeddingGeneratorFactory.Create(
            sp.GetRequiredService<IOptions<EmbeddingOptions>>().Value,
            DataDirectory(sp.GetRequiredService<IOptions<IndexOptions>>().Value))));

        services.TryAddSingleton<IChunkIndex>(sp =>
        {
            var options = sp.GetRequiredService<IOptions<IndexOptions>>().Value;
            var analyzer = sp.GetRequiredService<ITextAnalyzer>();
            var dense = sp.GetRequiredService<DenseEncoder>();
            if (options.Provider.Trim().Equals(IndexOptions.QdrantProvider, StringComparison.OrdinalIgnoreCase))
            {
                var client = new QdrantClient(new Uri(options.QdrantUrl), options.QdrantApiKey);
                return new QdrantChunkIndex(client, new QdrantIndexSettings(options.Collection, options.QdrantUrl), analyzer, dense);
            }

            return new EmbeddedChunkIndex(EmbeddedIndexSettings.InDirectory(DataDirectory(options)), analyzer, dense);
        });

        services.TryAddSingleton<DossierIndexer>();
        return services;
    }

    /// <summary>
    /// Prepares the index at start-up — creates or checks the Qdrant collection, opens the SQLite file — so a
    /// wrong configuration stops the host with a French message instead of failing the first upload.
    /// </summary>
    public static async Task<IndexHealth> EnsureGraderIndexReadyAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        var index = services.GetRequiredService<IChunkIndex>();
        if (index is QdrantChunkIndex qdrant)
        {
            await qdrant.EnsureCollectionAsync(cancellationToken);
        }

        var health = await index.CheckHealthAsync(cancellationToken);
        if (!health.Healthy)
        {
            throw new IndexException(IndexErrorKind.Storage, string.Join(" ", health.Notes));
        }

        return health;
    }

    private static string DataDirectory(IndexOptions options) => Path.GetFullPath(options.DataDirectory);
}
