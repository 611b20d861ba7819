using Grpc.Core;
using Qdrant.Client;
using Qdrant.Client.Grpc;

namespace Grader.Pipeline.Indexing.Qdrant;

/// <summary>
/// Creates the chunk collection, or checks that an existing one fits: a named dense vector of the embedding
/// size (cosine), a named sparse vector with the IDF modifier, a keyword index on the dossier id. Run at
/// start-up so that a wrong configuration fails with a clear French message before any dossier is indexed.
/// </summary>
public sealed class QdrantCollectionSchema
{
    private static readonly string[] KeywordIndexes = [QdrantFields.DossierId, QdrantFields.SessionId, QdrantFields.ContentHash];

    private readonly IQdrantClient client;
    private readonly QdrantIndexSettings settings;

    public QdrantCollectionSchema(IQdrantClient client, QdrantIndexSettings settings)
    {
        this.client = client;
        this.settings = settings;
    }

    /// <param name="denseDimensions">The embedding size, or null when no embedding model is configured.</param>
    public async Task EnsureAsync(int? denseDimensions, CancellationToken cancellationToken)
    {
        try
        {
            if (!await client.CollectionExistsAsync(settings.Collection, cancellationToken))
            {
                await CreateAsync(denseDimensions, cancellationToken);
            }

            var info = await client.GetCollectionInfoAsync(settings.Collection, cancellationToken);
            Check(info, denseDimensions);
            foreach (var field in KeywordIndexes.Where(f => !info.PayloadSchema.ContainsKey(f)))
            {
                await client.CreatePayloadIndexAsync(settings.Collection, field, PayloadSchemaType.Keyword, cancellationToken: cancellationToken);
            }
        }
        catch (RpcException ex) when (IsUnreachable(ex.StatusCode))
        {
            throw Unreachable(ex);
        }
    }

    public IndexException Unreachable(Exception inner) => new(
        IndexErrorKind.Unreachable,
        $"Le serveur Qdrant ({settings.ServerAddress}) est injoignable : vérifiez Grader:Index:QdrantUrl (port gRPC, 6334 par défaut), la clé d’API et que le serveur est démarré.",
        inner);

    public static bool IsUnreachable(StatusCode code) =>
        code is StatusCode.Unavailable or StatusCode.DeadlineExceeded or StatusCode.Unauthenticated or StatusCode.PermissionDenied;

    /// <summary>Throws <see cref="IndexException"/> (schema mismatch) when the collection cannot serve this configuration.</summary>
    public void Check(CollectionInfo info, int? denseDimensions)
    {
        var parameters = info.Config?.Params;
        var sparse = parameters?.SparseVectorsConfig?.Map;
        if (sparse is null || !sparse.TryGetValue(QdrantFields.SparseVector, out var bm25))
        {
            throw Mismatch($"elle n’a pas de vecteur creux nommé « {QdrantFields.SparseVector} »");
        }

        if (bm25.Modifier != Modifier.Idf)
        {
            throw Mismatch($"son vecteur creux « {QdrantFields.SparseVector} » n’utilise pas le modificateur IDF");
        }

        if (denseDimensions is not { } expected)
        {
            return;
        }

        var named = parameters?.VectorsConfig?.ParamsMap?.Map;
        if (named is null || !named.TryGetValue(QdrantFields.DenseVector, out var dense))
        {
            throw Mismatch(
                $"elle n’a pas de vecteur dense nommé « {QdrantFields.DenseVector} » alors qu’un modèle d’embeddings de dimension {expected} est configuré");
        }

        if (dense.Size != (ulong)expected)
        {
            throw Mismatch(
                $"ses vecteurs « {QdrantFields.DenseVector} » ont {dense.Size} dimensions, mais le modèle d’embeddings configuré en produit {expected}");
        }

        if (dense.Distance != Distance.Cosine)
        {
            throw Mismatch($"ses vecteurs « {QdrantFields.DenseVector} » utilisent la distance {dense.Distance} au lieu de la distance cosinus");
        }
    }

    private async Task CreateAsync(int? denseDimensions, CancellationToken cancellationToken)
    {
        var vectors = new VectorParamsMap();
        if (denseDimensions is { } size)
        {
            vectors.Map[QdrantFields.DenseVector] = new VectorParams { Size = (ulong)size, Distance = Distance.Cosine };
        }

        try
        {
            await client.CreateCollectionAsync(
                settings.Collection,
                vectors,
                sparseVectorsConfig: (QdrantFields.SparseVector, new SparseVectorParams { Modifier = Modifier.Idf }),
                cancellationToken: cancellationToken);
        }
        catch (RpcException ex) when (ex.StatusCode == StatusCode.AlreadyExists)
        {
            // Another instance created it between our check and our call; its schema is checked next.
        }
    }

    private IndexException Mismatch(string reason) => new(
        IndexErrorKind.SchemaMismatch,
        $"La collection Qdrant « {settings.Collection} » ne convient pas : {reason}. "
        + "Supprimez-la pour qu’elle soit recréée, ou indiquez une autre collection dans Grader:Index:Collection.");
}
