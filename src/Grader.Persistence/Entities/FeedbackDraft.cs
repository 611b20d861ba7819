namespace Grader.Persistence.Entities;

/// <summary>
/// The candidate feedback of a dossier while jurors or the pedagogical team edit it, starting from the draft of the
/// evaluation it came from. Versioned: two editors get a conflict, not a lost edit.
/// </summary>
public sealed class FeedbackDraft : IVersioned
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid DossierId { get; set; }
    public required string Text { get; set; }
    /// <summary>The pre-assessment whose feedback draft this started from.</summary>
    public Guid? SourcePreAssessmentId { get; set; }
    /// <summary>Null while it is the evaluation's text untouched.</summary>
    public string? EditedBy { get; set; }
    public DateTimeOffset UpdatedAt { get; set; } = DateTimeOffset.UtcNow;
    public long Version { get; set; }
}
