namespace Grader.Pipeline.Indexing.Qdrant;

/// <summary>Which collection the Qdrant index uses, and where the server is (for messages).</summary>
public sealed record QdrantIndexSettings(string Collection, string ServerAddress);
