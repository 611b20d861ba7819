namespace Grader.Pipeline.Indexing;

/// <summary>
/// One passage of a dossier as the index stores it. Deliberately independent of the chunker's own type:
/// the caller maps its chunks onto this record, so the index does not change when chunking does.
/// </summary>
public sealed record IndexedChunk(
    string DossierId,
    string ChunkId,
    int Ordinal,
    string Text,
    string SectionPath,
    int PageStart,
    int PageEnd,
    string? SessionId = null,
    string? FileName = null);
