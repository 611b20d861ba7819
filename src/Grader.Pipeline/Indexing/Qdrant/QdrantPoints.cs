using Grader.Pipeline.Indexing.Analysis;
using Qdrant.Client.Grpc;
using SparseVector = Grader.Pipeline.Indexing.Analysis.SparseVector;

namespace Grader.Pipeline.Indexing.Qdrant;

/// <summary>Converts chunks to Qdrant points and scored points back to search hits.</summary>
public static class QdrantPoints
{
    public sealed record DossierStamp(string ContentHash, int ChunkCount, string Analyzer, string? EmbeddingModel);

    public static PointStruct ToPoint(IndexedChunk chunk, SparseVector sparse, float[]? dense, DossierStamp stamp)
    {
        // The sparse vector is sent even when empty (a chunk of stop words): every point then has both
        // named vectors' slots filled the same way, and Qdrant accepts an empty sparse vector.
        var vectors = new Dictionary<string, Vector> { [QdrantFields.SparseVector] = (sparse.Values, sparse.Indices) };

        if (dense is not null)
        {
            vectors[QdrantFields.DenseVector] = dense;
        }

        var point = new PointStruct
        {
            Id = QdrantPointIds.For(chunk.DossierId, chunk.ChunkId),
            Vectors = vectors,
            Payload =
            {
                [QdrantFields.DossierId] = chunk.DossierId,
                [QdrantFields.ChunkId] = chunk.ChunkId,
                [QdrantFields.Ordinal] = chunk.Ordinal,
                [QdrantFields.Text] = chunk.Text,
                [QdrantFields.SectionPath] = chunk.SectionPath,
                [QdrantFields.PageStart] = chunk.PageStart,
                [QdrantFields.PageEnd] = chunk.PageEnd,
                [QdrantFields.ContentHash] = stamp.ContentHash,
                [QdrantFields.ChunkCount] = stamp.ChunkCount,
                [QdrantFields.Analyzer] = stamp.Analyzer,
            },
        };

        // Optional fields are left out rather than stored as empty strings, so a filter on them stays meaningful.
        if (chunk.SessionId is not null)
        {
            point.Payload[QdrantFields.SessionId] = chunk.SessionId;
        }

        if (chunk.FileName is not null)
        {
            point.Payload[QdrantFields.FileName] = chunk.FileName;
        }

        if (stamp.EmbeddingModel is not null)
        {
            point.Payload[QdrantFields.EmbeddingModel] = stamp.EmbeddingModel;
        }

        return point;
    }

    public static SearchHit ToHit(ScoredPoint point) => new(
        Text(point.Payload, QdrantFields.ChunkId),
        point.Score,
        Text(point.Payload, QdrantFields.Text),
        Integer(point.Payload, QdrantFields.PageStart),
        Integer(point.Payload, QdrantFields.PageEnd),
        Text(point.Payload, QdrantFields.SectionPath),
        Integer(point.Payload, QdrantFields.Ordinal));

    public static string Text(IDictionary<string, Value> payload, string key) =>
        payload.TryGetValue(key, out var value) ? value.StringValue : string.Empty;

    public static int Integer(IDictionary<string, Value> payload, string key) =>
        payload.TryGetValue(key, out var value) ? (int)value.IntegerValue : 0;
}
