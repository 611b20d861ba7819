namespace Grader.Persistence.Entities;

/// <summary>
/// One link of the append-only, hash-chained audit trail: an AI output or a human action. The hash covers the
/// previous hash, the entry's fields and the SHA-256 of its payload, so that erasing a candidate's personal data
/// (the payload, set to null with <see cref="RedactedAt"/>) keeps the chain verifiable. No other change is allowed.
/// </summary>
public sealed class AuditEntry
{
    /// <summary>Position in the chain, 1-based; unique, so two writers racing for the same position cannot both win.</summary>
    public long Sequence { get; set; }
    public DateTimeOffset At { get; set; }
    /// <summary>The user id, or <c>system</c> / <c>ai</c> for the service's own actions.</summary>
    public required string Actor { get; set; }
    /// <summary>What happened (<c>dossier.uploaded</c>, <c>decision.changed</c>, <c>preassessment.created</c>…).</summary>
    public required string Action { get; set; }
    public required string EntityType { get; set; }
    public required string EntityId { get; set; }
    public Guid? SessionId { get; set; }
    public Guid? CandidateId { get; set; }
    /// <summary>JSON with the state before and after (or the AI output's provenance); null once redacted.</summary>
    public string? Payload { get; set; }
    public required string PayloadSha256 { get; set; }
    public DateTimeOffset? RedactedAt { get; set; }
    public required string PreviousHash { get; set; }
    public required string Hash { get; set; }
}
