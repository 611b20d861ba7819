using Grader.Persistence.Entities;

namespace Grader.Api.Feedback;

/// <summary>
/// The feedback as it stands: the stored draft once someone edited it, otherwise the evaluation's text (version 0, not
/// stored yet: nothing is written until a human edits or releases).
/// </summary>
public sealed record CurrentFeedbackDraft(Dossier Dossier, FeedbackDraft? Stored, string Text, long Version, Guid? SourcePreAssessmentId)
{
    public FeedbackDraftDto ToDto() => new(
        Dossier.Id, Text, Version, Stored?.EditedBy is not null, Stored?.EditedBy, Stored?.UpdatedAt, SourcePreAssessmentId);
}
