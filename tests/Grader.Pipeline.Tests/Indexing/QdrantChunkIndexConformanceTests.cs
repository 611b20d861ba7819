using Grader.Pipeline.Indexing;
using Grader.Pipeline.Indexing.Analysis;
using Grader.Pipeline.Indexing.Qdrant;
using Microsoft.Extensions.AI;
using Qdrant.Client;

namespace Grader.Pipeline.Tests.Indexing;

/// <summary>
/// The conformance suite against a real Qdrant server, when <c>GRADER_QDRANT_URL</c> points to one (gRPC port,
/// e.g. http://localhost:6334). Each embedding configuration gets its own collection, since its dense size differs.
/// </summary>
public sealed class QdrantChunkIndexConformanceTests : ChunkIndexConformanceTests, IDisposable
{
    public const string UrlVariable = "GRADER_QDRANT_URL";

    private readonly List<IDisposable> owned = [];

    public void Dispose()
    {
        foreach (var item in owned)
        {
            item.Dispose();
        }
    }

    protected override async Task<IChunkIndex> CreateIndexAsync(IEmbeddingGenerator<string, Embedding<float>>? embeddings = null)
    {
        var url = Environment.GetEnvironmentVariable(UrlVariable);
        if (string.IsNullOrWhiteSpace(url))
        {
            Assert.Skip(
                $"{UrlVariable} n’est pas défini : ces tests ont besoin d’un serveur Qdrant (démarrer Qdrant avec « docker run -p 6333:6333 -p 6334:6334 qdrant/qdrant », puis {UrlVariable}=http://localhost:6334).");
        }

        var collection = embeddings is null ? "grader-conformance-lexical" : "grader-conformance-dense";
        var client = new QdrantClient(new Uri(url), Environment.GetEnvironmentVariable("GRADER_QDRANT_API_KEY"));
        var index = new QdrantChunkIndex(client, new QdrantIndexSettings(collection, url), new FrenchTextAnalyzer(), new DenseEncoder(embeddings));
        owned.Add(client);
        owned.Add(index);
        await index.EnsureCollectionAsync(TestContext.Current.CancellationToken);
        return index;
    }
}
