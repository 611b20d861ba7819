namespace Grader.Persistence.Entities;

/// <summary>A candidate registered in a session: what lets them upload to it and lets its jurors see them.</summary>
public sealed class Enrolment
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid SessionId { get; set; }
    public Guid CandidateId { get; set; }
    public Candidate? Candidate { get; set; }
    public DateTimeOffset EnrolledAt { get; set; } = DateTimeOffset.UtcNow;
}
