using System.Security.Claims;
using Grader.Api.Identity;
using Grader.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Grader.Api.Access;

/// <summary>The rules of <see cref="IResourceAccess"/>, each one query on the relational store.</summary>
internal sealed class ResourceAccess(GraderDbContext db) : IResourceAccess
{
    private const string Session = "La session";
    private const string Dossier = "Le dossier";

    public async Task EnsureCanReadSessionAsync(ClaimsPrincipal user, Guid sessionId, CancellationToken cancellationToken)
    {
        var allowed = user.OverseesAllSessions()
            ? await db.Sessions.AnyAsync(s => s.Id == sessionId, cancellationToken)
            : await SitsOnSessionAsync(user, sessionId, cancellationToken) || await IsEnrolledAsync(user, sessionId, cancellationToken);
        Require(allowed, Session);
    }

    public async Task EnsureCanReadDossierAsync(ClaimsPrincipal user, Guid dossierId, CancellationToken cancellationToken)
    {
        var dossier = await FindDossierAsync(dossierId, cancellationToken);
        var allowed = dossier is not null && (user.OverseesAllSessions()
            || await SitsOnSessionAsync(user, dossier.SessionId, cancellationToken)
            || await OwnsCandidateAsync(user, dossier.CandidateId, cancellationToken));
        Require(allowed, Dossier);
    }

    public async Task EnsureCanReviewDossierAsync(ClaimsPrincipal user, Guid dossierId, CancellationToken cancellationToken)
    {
        var dossier = await FindDossierAsync(dossierId, cancellationToken);
        Require(dossier is not null && await SitsOnSessionAsync(user, dossier.SessionId, cancellationToken), Dossier);
    }

    public async Task EnsureCanEditFeedbackAsync(ClaimsPrincipal user, Guid dossierId, CancellationToken cancellationToken)
    {
        var dossier = await FindDossierAsync(dossierId, cancellationToken);
        Require(dossier is not null && (user.OverseesAllSessions() || await SitsOnSessionAsync(user, dossier.SessionId, cancellationToken)), Dossier);
    }

    public async Task EnsureCanSubmitAsync(ClaimsPrincipal user, Guid sessionId, Guid candidateId, CancellationToken cancellationToken)
    {
        var enrolled = await db.Enrolments.AnyAsync(e => e.SessionId == sessionId && e.CandidateId == candidateId, cancellationToken);
        Require(enrolled && (user.IsAdministrator() || await OwnsCandidateAsync(user, candidateId, cancellationToken)), Session);
    }

    public async Task<Guid?> CandidateIdOfAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var userId = user.FindFirstValue(ClaimTypes.NameIdentifier);
        if (userId is null || !user.IsInRole(GraderRoles.Candidate))
        {
            return null;
        }

        return await db.Candidates.Where(c => c.UserId == userId).Select(c => (Guid?)c.Id).FirstOrDefaultAsync(cancellationToken);
    }

    private Task<DossierKeys?> FindDossierAsync(Guid dossierId, CancellationToken cancellationToken) =>
        db.Dossiers.Where(d => d.Id == dossierId).Select(d => new DossierKeys(d.SessionId, d.CandidateId)).FirstOrDefaultAsync(cancellationToken);

    private Task<bool> SitsOnSessionAsync(ClaimsPrincipal user, Guid sessionId, CancellationToken cancellationToken)
    {
        if (!user.IsInRole(GraderRoles.Juror))
        {
            return Task.FromResult(false);
        }

        var userId = user.UserId();
        return db.JuryMembers.AnyAsync(m => m.UserId == userId && m.Jury!.SessionId == sessionId, cancellationToken);
    }

    private async Task<bool> IsEnrolledAsync(ClaimsPrincipal user, Guid sessionId, CancellationToken cancellationToken) =>
        await CandidateIdOfAsync(user, cancellationToken) is { } candidateId
        && await db.Enrolments.AnyAsync(e => e.SessionId == sessionId && e.CandidateId == candidateId, cancellationToken);

    private async Task<bool> OwnsCandidateAsync(ClaimsPrincipal user, Guid candidateId, CancellationToken cancellationToken) =>
        await CandidateIdOfAsync(user, cancellationToken) == candidateId;

    private static void Require(bool allowed, string what)
    {
        if (!allowed)
        {
            throw new AccessDeniedException(what);
        }
    }

    private sealed record DossierKeys(Guid SessionId, Guid CandidateId);
}
