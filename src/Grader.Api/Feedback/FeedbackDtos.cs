namespace Grader.Api.Feedback;

// The JSON of the feedback endpoints.

/// <param name="LastRelease">What the candidate reads now, if anything was released (given when the draft is read).</param>
public sealed record FeedbackDraftDto(Guid DossierId, string Text, long Version, bool Edited, string? EditedBy, DateTimeOffset? UpdatedAt, Guid? SourcePreAssessmentId, FeedbackReleaseDto? LastRelease = null);

/// <param name="Version">The draft version the editor saw (0 for the evaluation's untouched text).</param>
public sealed record SaveFeedbackDraftRequest(string? Text, long? Version);

/// <param name="DraftVersion">Optional: the draft version the releaser read, so that a text edited meanwhile is not released unseen.</param>
public sealed record ReleaseFeedbackRequest(long? DraftVersion);

/// <param name="Automatic">True when released by the session's policy (formative, immediate), not by a person.</param>
public sealed record FeedbackReleaseDto(Guid Id, string Text, DateTimeOffset ReleasedAt, bool Automatic);

/// <summary>What a candidate reads: the latest release and every earlier one, newest first.</summary>
public sealed record CandidateFeedbackDto(Guid DossierId, string Epreuve, FeedbackReleaseDto Latest, IReadOnlyList<FeedbackReleaseDto> History);
