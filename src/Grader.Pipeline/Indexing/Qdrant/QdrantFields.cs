namespace Grader.Pipeline.Indexing.Qdrant;

/// <summary>Names in the Qdrant collection: vectors and payload keys, written once.</summary>
public static class QdrantFields
{
    public const string DenseVector = "dense";
    public const string SparseVector = "bm25";

    public const string DossierId = "dossier_id";
    public const string SessionId = "session_id";
    public const string ChunkId = "chunk_id";
    public const string Ordinal = "ordinal";
    public const string Text = "text";
    public const string SectionPath = "section_path";
    public const string PageStart = "page_start";
    public const string PageEnd = "page_end";
    public const string FileName = "file_name";
    public const string ContentHash = "content_hash";
    public const string ChunkCount = "chunk_count";
    public const string Analyzer = "analyzer";
    public const string EmbeddingModel = "embedding_model";
}
