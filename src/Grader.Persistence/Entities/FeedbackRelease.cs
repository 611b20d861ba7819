namespace Grader.Persistence.Entities;

/// <summary>Feedback released to the candidate for a dossier: the text as released, by whom and when.</summary>
public sealed class FeedbackRelease
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid DossierId { get; set; }
    public required string Text { get; set; }
    public required string ReleasedBy { get; set; }
    public DateTimeOffset ReleasedAt { get; set; } = DateTimeOffset.UtcNow;
}
