namespace Grader.Pipeline.Indexing;

/// <summary>A passage found by a search, with what a juror needs to jump to it.</summary>
/// <param name="Score">The fused score (RRF) in hybrid or multi-query searches, else the ranking's own score.</param>
public sealed record SearchHit(
    string ChunkId,
    double Score,
    string Text,
    int PageStart,
    int PageEnd,
    string SectionPath,
    int Ordinal);
