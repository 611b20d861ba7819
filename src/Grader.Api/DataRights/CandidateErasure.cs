using Grader.Api.Audit;
using Grader.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Grader.Api.DataRights;

/// <summary>
/// Erases everything held about one candidate, wherever it lives, for an administrator's request or the retention pass.
/// <para>
/// The order is what makes a crash harmless and the request repeatable. The stores outside the database go first
/// (chunk index, then files on disk) because the database rows are the only list of what to delete there: were the
/// rows deleted first, a crash would strand files nobody could find again. Then one transaction deletes the rows,
/// the account and redacts the audit entries, the candidate row last. Only then is <c>candidate.erased</c> appended
/// (the audit trail writes in its own transaction).
/// </para>
/// <para>
/// Running it again: while the candidate row exists, every step runs again and tolerates what is already gone. Once it
/// is gone, a request finds either the <c>candidate.erased</c> entry (the erasure is complete: 404) or only redacted
/// entries naming the candidate (a crash came between the commit and that entry: the remaining steps are finished and
/// the answer is 200, marked <see cref="ErasureSummary.Resumed"/>). An id the service never knew is a 404.
/// </para>
/// </summary>
internal sealed class CandidateErasure(
    GraderDbContext db, ChunkIndexEraser index, StoredFileEraser files, CandidateRowsEraser rows, IAuditTrail audit, ILogger<CandidateErasure> logger)
{
    public const string ErasedAction = "candidate.erased";
    public const int MaxReasonLength = 500;

    public async Task<ErasureSummary> EraseAsync(Guid candidateId, string actor, string? reason, CancellationToken cancellationToken)
    {
        var why = reason?.Trim();
        if (string.IsNullOrEmpty(why) || why.Length > MaxReasonLength)
        {
            throw new DataRightsException("bad-erasure",
                $"Le motif de l’effacement est obligatoire (paramètre « reason » ou corps JSON {{ \"reason\": … }}), {MaxReasonLength} caractères au plus.");
        }

        if (!await db.Candidates.AnyAsync(c => c.Id == candidateId, cancellationToken))
        {
            return await FinishInterruptedAsync(candidateId, actor, why, cancellationToken);
        }

        var dossierIds = await db.Dossiers.Where(d => d.CandidateId == candidateId).Select(d => d.Id).ToListAsync(cancellationToken);
        var stored = await StoredFilesAsync(candidateId, cancellationToken);

        var indexCleared = await index.ClearAsync(dossierIds, cancellationToken);
        var filesDeleted = files.Erase(dossierIds, stored);
        var counts = await rows.EraseAsync(candidateId, dossierIds, cancellationToken) with
        {
            IndexConfigured = index.Configured,
            IndexedDossiersCleared = indexCleared,
            StoredFilesDeleted = filesDeleted,
        };

        await AppendErasedAsync(candidateId, actor, why, resumed: false, counts);
        logger.LogInformation("Candidate {CandidateId} erased by {Actor}.", candidateId, actor);
        return ErasureSummary.Of(candidateId, resumed: false, counts);
    }

    private async Task<ErasureSummary> FinishInterruptedAsync(Guid candidateId, string actor, string reason, CancellationToken ct)
    {
        var known = await db.AuditEntries.AnyAsync(a => a.CandidateId == candidateId, ct);
        if (!known || await db.AuditEntries.AnyAsync(a => a.CandidateId == candidateId && a.Action == ErasedAction, ct))
        {
            throw new DataRightsException("candidate-not-found", "Ce candidat est introuvable ou ses données ont déjà été effacées.");
        }

        var counts = new ErasureCounts { IndexConfigured = index.Configured, AuditEntriesRedacted = await rows.RedactAuditOnlyAsync(candidateId, ct) };
        await AppendErasedAsync(candidateId, actor, reason, resumed: true, counts);
        logger.LogWarning("Candidate {CandidateId}: an interrupted erasure was completed by {Actor}.", candidateId, actor);
        return ErasureSummary.Of(candidateId, resumed: true, counts);
    }

    private async Task<List<StoredFileRef>> StoredFilesAsync(Guid candidateId, CancellationToken ct)
    {
        var own = await db.DossierFiles
            .Where(f => db.Dossiers.Any(d => d.Id == f.DossierId && d.CandidateId == candidateId))
            .Select(f => new { f.DossierId, f.StoragePath }).ToListAsync(ct);
        var paths = own.Select(f => f.StoragePath).Distinct().ToList();
        var shared = (await db.DossierFiles
            .Where(f => paths.Contains(f.StoragePath) && db.Dossiers.Any(d => d.Id == f.DossierId && d.CandidateId != candidateId))
            .Select(f => f.StoragePath).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        return own.Select(f => new StoredFileRef(f.DossierId, f.StoragePath, shared.Contains(f.StoragePath))).ToList();
    }

    // The entry keeps the candidate's id (to find it, and to know the erasure is complete) but no personal data:
    // the reason as the administrator gave it, and numbers. Not cancelled with the request: the erasure is done by
    // now, and its record must not depend on the client waiting for the answer.
    private Task AppendErasedAsync(Guid candidateId, string actor, string reason, bool resumed, ErasureCounts counts) =>
        audit.AppendAsync(new AuditRecord(actor, ErasedAction, "candidate", candidateId.ToString(), CandidateId: candidateId,
            After: new { reason, resumed, counts }), CancellationToken.None);
}
