namespace Grader.Persistence.Entities;

/// <summary>One reopening of a final grid; the reason is required and the history is kept.</summary>
public sealed class FinalGridReopening
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid FinalGridId { get; set; }
    public required string Reason { get; set; }
    public required string ReopenedBy { get; set; }
    public DateTimeOffset ReopenedAt { get; set; } = DateTimeOffset.UtcNow;
}
