namespace Grader.Persistence.Entities;

/// <summary>A user sitting on a jury.</summary>
public sealed class JuryMember
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid JuryId { get; set; }
    public Jury? Jury { get; set; }
    /// <summary>The account's id (identity store).</summary>
    public required string UserId { get; set; }
    public JuryRole Role { get; set; } = JuryRole.Member;
}
