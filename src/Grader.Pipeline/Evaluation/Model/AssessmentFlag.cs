namespace Grader.Pipeline.Evaluation.Model;

/// <summary>
/// Something the juror must know: a document problem carried from ingestion, or a doubt about the pre-assessment.
/// <see cref="Kind"/> is kebab-case (<see cref="AssessmentFlagKinds"/>); <see cref="Detail"/> is French.
/// </summary>
public sealed record AssessmentFlag
{
    public required string Kind { get; init; }
    public int? Page { get; init; }
    public string? File { get; init; }
    /// <summary>The compétence code (as written in the référentiel) the flag is about; null for the whole dossier.</summary>
    public string? Criterion { get; init; }
    public required string Detail { get; init; }
}
