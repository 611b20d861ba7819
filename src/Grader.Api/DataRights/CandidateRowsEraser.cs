using Grader.Api.Identity;
using Grader.Persistence;
using Grader.Persistence.Entities;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Grader.Api.DataRights;

/// <summary>
/// The relational half of an erasure, in one transaction so that it happens wholly or not at all: the candidate's rows
/// (children before parents, because pre-assessments, decisions, grids, releases and the dossiers themselves are
/// protected by restrictive foreign keys: history is never deleted by a cascade), the linked account, and the redaction
/// of the audit entries that name the candidate. The candidate row goes last: while it exists, the erasure can be run
/// again from the start.
/// </summary>
internal sealed class CandidateRowsEraser(GraderDbContext db, UserManager<GraderUser> users, TimeProvider clock)
{
    private const int RedactionBatch = 500;

    public async Task<ErasureCounts> EraseAsync(Guid candidateId, IReadOnlyList<Guid> dossierIds, CancellationToken cancellationToken)
    {
        // Honour a retrying execution strategy if one is ever configured: the whole transaction is the unit to retry.
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async ct =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var counts = await DeleteRowsAsync(candidateId, dossierIds, ct);
            counts = counts with
            {
                AuditEntriesRedacted = await RedactAuditAsync(candidateId, ct),
                AccountDeleted = await DeleteAccountAsync(candidateId, ct),
            };
            await db.Candidates.Where(c => c.Id == candidateId).ExecuteDeleteAsync(ct);
            await transaction.CommitAsync(ct);
            return counts;
        }, cancellationToken);
    }

    /// <summary>Only the redaction, for an erasure whose rows are already gone (see <see cref="CandidateErasure"/>).</summary>
    public Task<int> RedactAuditOnlyAsync(Guid candidateId, CancellationToken cancellationToken) => RedactAuditAsync(candidateId, cancellationToken);

    private async Task<ErasureCounts> DeleteRowsAsync(Guid candidateId, IReadOnlyList<Guid> ids, CancellationToken ct)
    {
        var reopenings = await db.FinalGridReopenings
            .Where(r => db.FinalGrids.Any(g => g.Id == r.FinalGridId && ids.Contains(g.DossierId))).ExecuteDeleteAsync(ct);
        var grids = await db.FinalGrids.Where(g => ids.Contains(g.DossierId)).ExecuteDeleteAsync(ct);
        var releases = await db.FeedbackReleases.Where(r => ids.Contains(r.DossierId)).ExecuteDeleteAsync(ct);
        var drafts = await db.FeedbackDrafts.Where(f => ids.Contains(f.DossierId)).ExecuteDeleteAsync(ct);
        // Decisions point at the pre-assessment they were made against: they go first.
        var decisions = await db.Decisions.Where(d => ids.Contains(d.DossierId)).ExecuteDeleteAsync(ct);
        var jobs = await db.ProcessingJobs.Where(j => ids.Contains(j.DossierId)).ExecuteDeleteAsync(ct);
        var preAssessments = await db.PreAssessments.Where(p => ids.Contains(p.DossierId)).ExecuteDeleteAsync(ct);
        var files = await db.DossierFiles.Where(f => ids.Contains(f.DossierId)).ExecuteDeleteAsync(ct);
        var dossiers = await db.Dossiers.Where(d => d.CandidateId == candidateId).ExecuteDeleteAsync(ct);
        var enrolments = await db.Enrolments.Where(e => e.CandidateId == candidateId).ExecuteDeleteAsync(ct);
        return new ErasureCounts
        {
            Dossiers = dossiers, FileRows = files, ProcessingJobs = jobs, PreAssessments = preAssessments, Decisions = decisions,
            FinalGrids = grids, FinalGridReopenings = reopenings, FeedbackDrafts = drafts, FeedbackReleases = releases, Enrolments = enrolments,
        };
    }

    // Through the change tracker, in batches: the context's save rules then check that this is a redaction and nothing
    // more (payload to null, time stamped), and memory stays bounded whatever the length of the candidate's history.
    private async Task<int> RedactAuditAsync(Guid candidateId, CancellationToken ct)
    {
        var total = 0;
        while (true)
        {
            var batch = await db.AuditEntries.Where(a => a.CandidateId == candidateId && a.Payload != null)
                .OrderBy(a => a.Sequence).Take(RedactionBatch).ToListAsync(ct);
            if (batch.Count == 0)
            {
                return total;
            }

            var now = clock.GetUtcNow();
            foreach (var entry in batch)
            {
                entry.Payload = null;
                entry.RedactedAt = now;
            }

            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
            total += batch.Count;
        }
    }

    // The account exists only to let the candidate upload and read feedback; an account that also holds another role
    // (a staff member enrolled as a candidate) is someone else's working account: only its candidate role goes.
    private async Task<bool> DeleteAccountAsync(Guid candidateId, CancellationToken ct)
    {
        var userId = await db.Candidates.Where(c => c.Id == candidateId).Select(c => c.UserId).FirstOrDefaultAsync(ct);
        if (userId is null || await users.FindByIdAsync(userId) is not { } user)
        {
            return false;
        }

        var roles = await users.GetRolesAsync(user);
        if (roles.Any(r => r != GraderRoles.Candidate))
        {
            if (roles.Contains(GraderRoles.Candidate))
            {
                Check(await users.RemoveFromRoleAsync(user, GraderRoles.Candidate));
            }

            return false;
        }

        Check(await users.DeleteAsync(user));
        return true;
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("The candidate's account could not be removed: " + string.Join(" ", result.Errors.Select(e => e.Code)));
        }
    }
}
