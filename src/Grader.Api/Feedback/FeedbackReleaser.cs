using Grader.Api.Audit;
using Grader.Api.Review;
using Grader.Persistence;
using Grader.Persistence.Entities;

namespace Grader.Api.Feedback;

/// <summary>
/// Releases the current feedback text to the candidate: a new <see cref="FeedbackRelease"/> row keeps exactly what was
/// released, by whom and when; earlier releases stay as the candidate's history.
/// </summary>
public sealed class FeedbackReleaser(GraderDbContext db, FeedbackDraftSource source, IAuditTrail audit, TimeProvider clock)
{
    /// <summary>The <see cref="FeedbackRelease.ReleasedBy"/> of a release made by the session's policy rather than a person.</summary>
    public const string PolicyReleaser = "policy";

    public async Task<Outcome<FeedbackReleaseDto>> ReleaseAsync(Guid dossierId, long? draftVersionSeen, string userId, CancellationToken cancellationToken)
    {
        var current = await source.GetAsync(dossierId, cancellationToken);
        if (draftVersionSeen is { } seen && seen != current.Version)
        {
            return Outcome.Failure<FeedbackReleaseDto>(WorkflowProblem.Conflict(
                "feedback-conflict",
                $"Le retour a été modifié depuis votre lecture (version {seen} lue, version {current.Version} enregistrée) : relisez-le avant de le publier.",
                new Dictionary<string, object?> { ["current"] = current.ToDto() }));
        }

        return Outcome.Success(await ReleaseAsync(current, userId, userId, cancellationToken));
    }

    /// <summary>Stores the release and appends it to the audit trail; shared with the immediate-release policy.</summary>
    internal async Task<FeedbackReleaseDto> ReleaseAsync(CurrentFeedbackDraft current, string releasedBy, string actor, CancellationToken cancellationToken)
    {
        var release = new FeedbackRelease { DossierId = current.Dossier.Id, Text = current.Text, ReleasedBy = releasedBy, ReleasedAt = clock.GetUtcNow() };
        db.FeedbackReleases.Add(release);
        await db.SaveChangesAsync(cancellationToken);

        var dto = ToDto(release);
        await audit.AppendAsync(
            new AuditRecord(actor, AuditActions.FeedbackReleased, nameof(FeedbackRelease), release.Id.ToString(), current.Dossier.SessionId, current.Dossier.CandidateId,
                null, new { dto.Id, dto.ReleasedAt, releasedBy, draftVersion = current.Version, current.SourcePreAssessmentId, dto.Text }),
            cancellationToken);
        return dto;
    }

    public static FeedbackReleaseDto ToDto(FeedbackRelease release) =>
        new(release.Id, release.Text, release.ReleasedAt, release.ReleasedBy == PolicyReleaser);
}
