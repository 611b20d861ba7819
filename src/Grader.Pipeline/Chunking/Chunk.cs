using System.Security.Cryptography;
using System.Text;
using Grader.Pipeline.Ingestion;

namespace Grader.Pipeline.Chunking;

/// <summary>
/// A passage of the evaluated text, sized for retrieval. <c>EvaluatedText.Text[StartOffset..EndOffset] == Text</c>,
/// so that a quote found in a chunk can be located, verified and shown in place.
/// </summary>
public sealed record Chunk
{
    /// <summary>Stable across runs: derived from the document's content hash and the ordinal.</summary>
    public required string Id { get; init; }
    /// <summary>Position of the chunk in the document, from 0.</summary>
    public required int Ordinal { get; init; }
    public required string Text { get; init; }
    /// <summary>The headings above the chunk, outermost first: "2. Analyse du marché > 2.1 Concurrence".</summary>
    public required string SectionPath { get; init; }
    public required int PageStart { get; init; }
    public required int PageEnd { get; init; }
    public required int StartOffset { get; init; }
    public required int EndOffset { get; init; }
    public required IReadOnlyList<BlockKind> BlockKinds { get; init; }
    /// <summary>Estimated tokens (<see cref="TokenEstimator"/>).</summary>
    public required int TokenCount { get; init; }

    public static string MakeId(string contentHash, int ordinal)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{contentHash}:{ordinal}"));
        return Convert.ToHexStringLower(hash.AsSpan(0, 8));
    }
}
