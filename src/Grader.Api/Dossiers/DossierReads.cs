using System.Security.Claims;
using Grader.Api.Access;
using Grader.Api.Common;
using Grader.Persistence;
using Grader.Persistence.Entities;
using Microsoft.EntityFrameworkCore;

namespace Grader.Api.Dossiers;

/// <summary>The queries behind the dossier reads, each already restricted to what the caller may see.</summary>
internal sealed class DossierReads(GraderDbContext db, IResourceAccess access)
{
    public async Task<DossierDto> GetAsync(Guid dossierId, ClaimsPrincipal caller, CancellationToken ct)
    {
        await access.EnsureCanReadDossierAsync(caller, dossierId, ct);
        var dossier = await db.Dossiers.AsNoTracking().Include(d => d.Files).SingleAsync(d => d.Id == dossierId, ct);
        var processing = await LatestJobAsync(dossierId, ct);
        return new DossierDto(
            dossier.Id, dossier.SessionId, dossier.CandidateId, dossier.Epreuve, dossier.Status.ToString(), dossier.CreatedAt,
            dossier.Files.OrderBy(f => f.Name, StringComparer.Ordinal).Select(DossierFileDto.From).ToList(),
            processing is null ? null : ProcessingStatusDto.From(processing));
    }

    /// <summary>Overseers and the session's jurors see every dossier of it; a candidate only their own.</summary>
    public async Task<Page<DossierSummaryDto>> ListAsync(Guid sessionId, PageQuery page, ClaimsPrincipal caller, CancellationToken ct)
    {
        await access.EnsureCanReadSessionAsync(caller, sessionId, ct);
        var query = db.Dossiers.AsNoTracking().Where(d => d.SessionId == sessionId);
        if (!caller.OverseesAllSessions() && !await SitsOnSessionAsync(caller, sessionId, ct))
        {
            var own = await access.CandidateIdOfAsync(caller, ct);
            query = query.Where(d => d.CandidateId == own);
        }

        var ordered = query.OrderByDescending(d => d.CreatedAt).ThenBy(d => d.Id)
            .Select(d => new DossierSummaryDto(d.Id, d.SessionId, d.CandidateId, d.Epreuve, d.Status.ToString(), d.CreatedAt));
        return await page.ApplyAsync(ordered, ct);
    }

    /// <summary>The latest processing run; null only for a dossier that never had one.</summary>
    public async Task<ProcessingStatusDto?> ProcessingAsync(Guid dossierId, ClaimsPrincipal caller, CancellationToken ct)
    {
        await access.EnsureCanReadDossierAsync(caller, dossierId, ct);
        return await CurrentProcessingAsync(dossierId, ct);
    }

    /// <summary>Without the access check, for the event stream's polls after its first, checked, read.</summary>
    public async Task<ProcessingStatusDto?> CurrentProcessingAsync(Guid dossierId, CancellationToken ct) =>
        await LatestJobAsync(dossierId, ct) is { } job ? ProcessingStatusDto.From(job) : null;

    private Task<ProcessingJob?> LatestJobAsync(Guid dossierId, CancellationToken ct) =>
        db.ProcessingJobs.AsNoTracking().Where(j => j.DossierId == dossierId).OrderByDescending(j => j.CreatedAt).FirstOrDefaultAsync(ct);

    private Task<bool> SitsOnSessionAsync(ClaimsPrincipal caller, Guid sessionId, CancellationToken ct)
    {
        var userId = caller.UserId();
        return db.JuryMembers.AnyAsync(m => m.UserId == userId && m.Jury!.SessionId == sessionId, ct);
    }
}
