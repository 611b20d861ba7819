using Grader.Api.Review;
using Grader.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Grader.Api.Feedback;

/// <summary>Reads the <see cref="CurrentFeedbackDraft"/> of a dossier: the one place that decides where the text comes from.</summary>
public sealed class FeedbackDraftSource(GraderDbContext db)
{
    public async Task<CurrentFeedbackDraft> GetAsync(Guid dossierId, CancellationToken cancellationToken)
    {
        var dossier = await db.Dossiers.Include(d => d.Session).Include(d => d.Candidate)
            .SingleOrDefaultAsync(d => d.Id == dossierId, cancellationToken) ?? throw ReviewException.DossierNotFound();
        var stored = await db.FeedbackDrafts.SingleOrDefaultAsync(f => f.DossierId == dossierId, cancellationToken);
        if (stored is not null)
        {
            return new CurrentFeedbackDraft(dossier, stored, stored.Text, stored.Version, stored.SourcePreAssessmentId);
        }

        var record = await db.PreAssessments.AsNoTracking()
            .Where(p => p.DossierId == dossierId)
            .OrderByDescending(p => p.CreatedAt)
            .FirstOrDefaultAsync(cancellationToken) ?? throw ReviewException.PreAssessmentNotFound();
        return new CurrentFeedbackDraft(dossier, null, FeedbackDraftComposer.Compose(record.ToPreAssessment()), 0, record.Id);
    }

    /// <summary>The latest release of the dossier's feedback, or null when nothing was released yet.</summary>
    public async Task<FeedbackReleaseDto?> LatestReleaseAsync(Guid dossierId, CancellationToken cancellationToken)
    {
        var latest = await db.FeedbackReleases.AsNoTracking().Where(r => r.DossierId == dossierId)
            .OrderByDescending(r => r.ReleasedAt).FirstOrDefaultAsync(cancellationToken);
        return latest is null ? null : FeedbackReleaser.ToDto(latest);
    }
}
