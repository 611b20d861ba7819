namespace Grader.Persistence.Entities;

/// <summary>
/// A candidate. <see cref="PseudonymousId"/> is what the pipeline, the logs and the AI see; the identity fields
/// stay here, to be exported or erased on request.
/// </summary>
public sealed class Candidate
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public required string PseudonymousId { get; set; }
    public string? FullName { get; set; }
    public string? Email { get; set; }
    /// <summary>The candidate number given by the certifier, if any.</summary>
    public string? ExternalId { get; set; }
    /// <summary>The candidate's account, when they have one (to upload and read their feedback).</summary>
    public string? UserId { get; set; }
    public DateTimeOffset CreatedAt { get; set; } = DateTimeOffset.UtcNow;
}
