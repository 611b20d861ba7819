namespace Grader.Api.Audit;

/// <summary>
/// The append-only, hash-chained audit trail. Call it for every AI output (with its provenance) and every human action
/// (with the state before and after). It writes in its own transaction, after the action's own save succeeded.
/// </summary>
public interface IAuditTrail
{
    Task AppendAsync(AuditRecord record, CancellationToken cancellationToken);
}

/// <param name="Actor">The user id (<c>ClaimTypes.NameIdentifier</c>), or <c>system</c> / <c>ai</c>.</param>
/// <param name="Action">Dotted, lower case: <c>dossier.uploaded</c>, <c>preassessment.created</c>, <c>decision.recorded</c>, <c>grid.finalised</c>, <c>grid.reopened</c>, <c>feedback.edited</c>, <c>feedback.released</c>, <c>candidate.erased</c>…</param>
/// <param name="Before">The state before (serialised to JSON); null for a creation.</param>
/// <param name="After">The state after, or the AI output's provenance.</param>
public sealed record AuditRecord(
    string Actor,
    string Action,
    string EntityType,
    string EntityId,
    Guid? SessionId = null,
    Guid? CandidateId = null,
    object? Before = null,
    object? After = null);
