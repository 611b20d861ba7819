using System.Security.Claims;

namespace Grader.Api.Access;

/// <summary>
/// Which session or dossier the caller may reach. Every method throws <see cref="AccessDeniedException"/> (answered
/// 404, so that a resource's existence does not leak to someone who may not see it) when the caller may not.
/// Administrators and the pedagogical team read every session and dossier (to run sessions and calibration); a juror
/// the sessions of the juries they sit on; a candidate only their own dossiers. Only a juror of the session decides.
/// </summary>
public interface IResourceAccess
{
    /// <summary>Read a session (its dossiers list is then filtered by <see cref="EnsureCanReadDossierAsync"/>).</summary>
    Task EnsureCanReadSessionAsync(ClaimsPrincipal user, Guid sessionId, CancellationToken cancellationToken);

    /// <summary>Read a dossier's status, files and (unless blind-first hides it) its pre-assessment.</summary>
    Task EnsureCanReadDossierAsync(ClaimsPrincipal user, Guid dossierId, CancellationToken cancellationToken);

    /// <summary>Record decisions, finalise or reopen the grid: a juror sitting on a jury of the dossier's session, no one else.</summary>
    Task EnsureCanReviewDossierAsync(ClaimsPrincipal user, Guid dossierId, CancellationToken cancellationToken);

    /// <summary>Edit and release feedback: a juror of the session, the pedagogical team, an administrator.</summary>
    Task EnsureCanEditFeedbackAsync(ClaimsPrincipal user, Guid dossierId, CancellationToken cancellationToken);

    /// <summary>Upload a dossier for a candidate enrolled in a session: the candidate themself, or an administrator.</summary>
    Task EnsureCanSubmitAsync(ClaimsPrincipal user, Guid sessionId, Guid candidateId, CancellationToken cancellationToken);

    /// <summary>The candidate record linked to the caller's account, or null.</summary>
    Task<Guid?> CandidateIdOfAsync(ClaimsPrincipal user, CancellationToken cancellationToken);
}
