using Grader.Pipeline.Chunking;
using Grader.Pipeline.Ingestion;
using Microsoft.Extensions.Options;

namespace Grader.Pipeline.Indexing;

/// <summary>What <see cref="DossierIndexer.IndexAsync"/> did: the dossier's id in the index, and whether it was already there.</summary>
public sealed record DossierIndexResult(string DossierId, int ChunkCount, bool Reused);

/// <summary>
/// Puts a parsed, chunked document into the index and searches it. The dossier id comes from the file's
/// content hash, so uploading the same file again finds the passages already indexed instead of embedding
/// them a second time; a change of chunking, analyzer or embedding model changes what is stored and is
/// indexed again.
/// </summary>
public sealed class DossierIndexer(IChunkIndex index, IOptions<IndexOptions> options)
{
    private const int DossierIdHashLength = 32;

    public static string DossierIdFor(ParsedDocument document) =>
        "dossier-" + document.ContentHash[..Math.Min(DossierIdHashLength, document.ContentHash.Length)].ToLowerInvariant();

    public static IReadOnlyList<IndexedChunk> ToIndexedChunks(ParsedDocument document, IReadOnlyList<Chunk> chunks, string? sessionId = null)
    {
        var dossierId = DossierIdFor(document);
        return chunks
            .Select(c => new IndexedChunk(dossierId, c.Id, c.Ordinal, c.Text, c.SectionPath, c.PageStart, c.PageEnd, sessionId, document.FileName))
            .ToList();
    }

    public async Task<DossierIndexResult> IndexAsync(ParsedDocument document, IReadOnlyList<Chunk> chunks, CancellationToken cancellationToken = default)
    {
        var indexed = ToIndexedChunks(document, chunks);
        var dossierId = DossierIdFor(document);
        var fingerprint = ChunkSetFingerprint.Compute(indexed);
        if (await index.ContainsAsync(dossierId, fingerprint, cancellationToken))
        {
            return new DossierIndexResult(dossierId, indexed.Count, Reused: true);
        }

        await index.UpsertAsync(dossierId, indexed, fingerprint, cancellationToken);
        return new DossierIndexResult(dossierId, indexed.Count, Reused: false);
    }

    /// <summary>Searches one dossier with the configured mode (<c>Grader:Index:SearchMode</c>).</summary>
    public Task<IReadOnlyList<SearchHit>> SearchAsync(string dossierId, IReadOnlyList<string> queries, int topK, CancellationToken cancellationToken = default) =>
        index.SearchAsync(new SearchRequest(dossierId, queries, topK, options.Value.ParsedSearchMode), cancellationToken);
}
