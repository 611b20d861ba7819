using System.Security.Claims;
using Grader.Api.Access;
using Grader.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Grader.Api.Feedback;

/// <summary>
/// Who may read released feedback: the dossier's own candidate, or someone who may edit it (a juror of the session, the
/// pedagogical team, an administrator). Anyone else gets the same 404 as for a dossier that does not exist.
/// </summary>
public sealed class FeedbackReadAccess(IResourceAccess access, GraderDbContext db)
{
    public async Task EnsureCanReadReleasedAsync(ClaimsPrincipal user, Guid dossierId, CancellationToken cancellationToken)
    {
        await access.EnsureCanReadDossierAsync(user, dossierId, cancellationToken);
        var candidateId = await access.CandidateIdOfAsync(user, cancellationToken);
        if (candidateId is not null
            && await db.Dossiers.AnyAsync(d => d.Id == dossierId && d.CandidateId == candidateId, cancellationToken))
        {
            return;
        }

        // Not the dossier's candidate: only an editor may read it (this throws AccessDeniedException otherwise).
        await access.EnsureCanEditFeedbackAsync(user, dossierId, cancellationToken);
    }
}
