namespace Grader.Pipeline.Evaluation.Model;

/// <summary>
/// A passage of the dossier offered as evidence. Once verified, <see cref="Quote"/> is the dossier's own text
/// (not the model's retyping) and <see cref="Page"/>/<see cref="File"/> say where it is; an unverified quote
/// never reaches the juror (see <c>EvidencePolicy</c>).
/// </summary>
public sealed record EvidenceQuote
{
    public required string Quote { get; init; }
    public int? Page { get; init; }
    /// <summary>The dossier file holding the passage; set whenever it is known.</summary>
    public string? File { get; init; }
    public string? ChunkId { get; init; }
    public bool Verified { get; init; }
    /// <summary>Character offsets of the passage in the file's evaluated text, so that a viewer can jump to it.</summary>
    public int? Start { get; init; }
    public int? End { get; init; }

    /// <summary>A quote as proposed by an evaluator, before verification.</summary>
    public static EvidenceQuote Proposed(string quote, string? chunkId = null) => new() { Quote = quote, ChunkId = chunkId };
}
