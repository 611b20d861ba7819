namespace Grader.Pipeline.Indexing;

/// <summary>
/// The chunk index behind evidence retrieval. Every search is confined to one dossier: a candidate's
/// passages never appear in another candidate's results.
/// </summary>
public interface IChunkIndex
{
    /// <summary>
    /// Replaces everything indexed for <paramref name="dossierId"/> by <paramref name="chunks"/>. Running it
    /// twice with the same chunks leaves the index as after the first run. The stored content hash is
    /// <see cref="ChunkSetFingerprint.Compute"/> of the chunks.
    /// </summary>
    Task UpsertAsync(string dossierId, IReadOnlyList<IndexedChunk> chunks, CancellationToken cancellationToken = default);

    /// <summary>As above, storing <paramref name="contentHash"/> (e.g. the uploaded file's SHA-256) for <see cref="ContainsAsync"/>.</summary>
    Task UpsertAsync(string dossierId, IReadOnlyList<IndexedChunk> chunks, string contentHash, CancellationToken cancellationToken = default);

    /// <summary>The best passages of one dossier for the request's queries; empty, never an exception, when nothing matches.</summary>
    Task<IReadOnlyList<SearchHit>> SearchAsync(SearchRequest request, CancellationToken cancellationToken = default);

    /// <summary>Removes every passage of the dossier (erasure requests, re-uploads).</summary>
    Task DeleteDossierAsync(string dossierId, CancellationToken cancellationToken = default);

    /// <summary>
    /// True when the dossier is indexed with this content hash and with the embedding model configured now,
    /// so the caller can reuse it instead of indexing again.
    /// </summary>
    Task<bool> ContainsAsync(string dossierId, string contentHash, CancellationToken cancellationToken = default);

    /// <summary>Number of passages indexed for the dossier (0 when unknown).</summary>
    Task<int> CountAsync(string dossierId, CancellationToken cancellationToken = default);

    Task<IndexHealth> CheckHealthAsync(CancellationToken cancellationToken = default);
}
