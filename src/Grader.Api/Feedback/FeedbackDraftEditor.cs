using Grader.Api.Audit;
using Grader.Api.Review;
using Grader.Persistence;
using Grader.Persistence.Entities;
using Microsoft.EntityFrameworkCore;

namespace Grader.Api.Feedback;

/// <summary>
/// Saves an edit of a candidate's feedback under optimistic concurrency: the editor names the version they saw, and a
/// stale version or a concurrent save answers a conflict carrying the current text, never a lost edit.
/// </summary>
public sealed class FeedbackDraftEditor(GraderDbContext db, FeedbackDraftSource source, IAuditTrail audit, TimeProvider clock)
{
    public const int MaximumLength = 40_000;

    public async Task<Outcome<FeedbackDraftDto>> SaveAsync(Guid dossierId, SaveFeedbackDraftRequest request, string userId, CancellationToken cancellationToken)
    {
        var text = request.Text?.Trim() ?? "";
        if (text.Length == 0 || text.Length > MaximumLength)
        {
            return Outcome.Failure<FeedbackDraftDto>(WorkflowProblem.Invalid(
                "invalid-feedback-text", $"Le retour ne peut pas être vide ni dépasser {MaximumLength} caractères."));
        }

        var current = await source.GetAsync(dossierId, cancellationToken);
        if ((request.Version ?? -1) != current.Version)
        {
            var detail = request.Version is null
                ? $"Indiquez la version du retour que vous avez modifiée (version actuelle : {current.Version})."
                : $"Le retour a été modifié depuis votre lecture (version {request.Version} lue, version {current.Version} enregistrée) : rechargez-le et reportez vos changements.";
            return Conflict(detail, current.ToDto());
        }

        var before = current.ToDto();
        // A stored draft starts at version 1: version 0 is the evaluation's untouched text, which a stale editor may still hold.
        var draft = current.Stored
            ?? db.FeedbackDrafts.Add(new FeedbackDraft { DossierId = dossierId, Text = text, SourcePreAssessmentId = current.SourcePreAssessmentId, Version = 1 }).Entity;
        draft.Text = text;
        draft.EditedBy = userId;
        draft.UpdatedAt = clock.GetUtcNow();
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            var now = await source.GetAsync(dossierId, cancellationToken);
            return Conflict("Quelqu’un vient d’enregistrer ce retour : rechargez-le et reportez vos changements.", now.ToDto());
        }

        var after = new CurrentFeedbackDraft(current.Dossier, draft, draft.Text, draft.Version, draft.SourcePreAssessmentId).ToDto();
        await audit.AppendAsync(
            new AuditRecord(userId, AuditActions.FeedbackEdited, nameof(FeedbackDraft), draft.Id.ToString(), current.Dossier.SessionId, current.Dossier.CandidateId, before, after),
            cancellationToken);
        return Outcome.Success(after);
    }

    private static Outcome<FeedbackDraftDto> Conflict(string detail, FeedbackDraftDto current) =>
        Outcome.Failure<FeedbackDraftDto>(WorkflowProblem.Conflict("feedback-conflict", detail, new Dictionary<string, object?> { ["current"] = current }));
}
