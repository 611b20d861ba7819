namespace Grader.Persistence.Entities;

/// <summary>A jury of one session.</summary>
public sealed class Jury
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid SessionId { get; set; }
    public CertificationSession? Session { get; set; }
    public required string Name { get; set; }
    public List<JuryMember> Members { get; set; } = [];
}
