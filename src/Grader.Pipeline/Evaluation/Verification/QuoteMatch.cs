namespace Grader.Pipeline.Evaluation.Verification;

/// <summary>
/// Where a quote was found: the file, the chunk holding its start, its page, its offsets in the file's
/// evaluated text, and the dossier's own wording (fragments joined by « … » when the quote had ellipses).
/// </summary>
public sealed record QuoteMatch(string Text, string File, int? Page, string? ChunkId, int Start, int End, bool InCitedChunk);
