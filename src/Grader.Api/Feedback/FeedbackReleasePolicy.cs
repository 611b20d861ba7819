using Grader.Api.Review;
using Grader.Persistence;
using Grader.Persistence.Entities;
using Microsoft.EntityFrameworkCore;

namespace Grader.Api.Feedback;

/// <summary>What <see cref="FeedbackReleasePolicy.ReleaseIfImmediateAsync"/> did, and why, for the job's log.</summary>
public sealed record ImmediateReleaseResult(bool Released, string Reason, FeedbackReleaseDto? Release);

/// <summary>
/// The session's release policy, applied by the processing job once a pre-assessment is stored: in a formative session
/// with <see cref="ReleasePolicy.Immediate"/> the feedback is released at once, as an explicit <see cref="FeedbackRelease"/>
/// by <c>policy</c>. Certifying sessions never release without a human, whatever their policy says. Idempotent: a re-run
/// that would release the same text again does nothing.
/// </summary>
public sealed class FeedbackReleasePolicy(GraderDbContext db, FeedbackDraftSource source, FeedbackReleaser releaser)
{
    public async Task<ImmediateReleaseResult> ReleaseIfImmediateAsync(Guid dossierId, CancellationToken cancellationToken)
    {
        var session = await db.Dossiers.Where(d => d.Id == dossierId).Select(d => d.Session).SingleOrDefaultAsync(cancellationToken)
            ?? throw ReviewException.DossierNotFound();
        if (session.ReleasePolicy != ReleasePolicy.Immediate)
        {
            return new ImmediateReleaseResult(false, "release-after-review", null);
        }

        if (session.Mode != SessionMode.Formative)
        {
            return new ImmediateReleaseResult(false, "certifying-session", null);
        }

        if (!await db.PreAssessments.AnyAsync(p => p.DossierId == dossierId, cancellationToken))
        {
            return new ImmediateReleaseResult(false, "no-preassessment", null);
        }

        var current = await source.GetAsync(dossierId, cancellationToken);
        var latest = await db.FeedbackReleases.AsNoTracking()
            .Where(r => r.DossierId == dossierId)
            .OrderByDescending(r => r.ReleasedAt)
            .FirstOrDefaultAsync(cancellationToken);
        if (latest is not null && latest.Text == current.Text)
        {
            return new ImmediateReleaseResult(false, "already-released", FeedbackReleaser.ToDto(latest));
        }

        var release = await releaser.ReleaseAsync(current, FeedbackReleaser.PolicyReleaser, AuditActions.SystemActor, cancellationToken);
        return new ImmediateReleaseResult(true, "released", release);
    }
}
