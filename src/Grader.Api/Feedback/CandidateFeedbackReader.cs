using Grader.Api.Review;
using Grader.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Grader.Api.Feedback;

/// <summary>
/// The feedback a candidate may read: released texts only, newest first. A dossier without a release answers 404 like
/// one the caller may not see, so that nothing about a pending draft leaks.
/// </summary>
public sealed class CandidateFeedbackReader(GraderDbContext db)
{
    public async Task<CandidateFeedbackDto> GetAsync(Guid dossierId, CancellationToken cancellationToken)
    {
        var epreuve = await db.Dossiers.Where(d => d.Id == dossierId).Select(d => d.Epreuve).SingleOrDefaultAsync(cancellationToken)
            ?? throw ReviewException.DossierNotFound();
        var releases = await db.FeedbackReleases.AsNoTracking()
            .Where(r => r.DossierId == dossierId)
            .OrderByDescending(r => r.ReleasedAt)
            .ToListAsync(cancellationToken);
        if (releases.Count == 0)
        {
            throw new ReviewException("feedback-not-found", "Aucun retour n’a encore été publié pour ce dossier.");
        }

        var all = releases.Select(FeedbackReleaser.ToDto).ToList();
        return new CandidateFeedbackDto(dossierId, epreuve, all[0], all.Skip(1).ToList());
    }
}
