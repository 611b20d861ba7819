using Grader.Persistence.Entities;

namespace Grader.Api.DataRights;

// The JSON documents of a candidate's export archive. Field names follow the API's (camelCase English, explained in
// French in LISEZMOI.txt); they are records of their own so that the archive does not change when an entity does.

/// <summary><c>candidat.json</c>.</summary>
public sealed record CandidateDocument(
    Guid Id, string PseudonymousId, string? FullName, string? Email, string? ExternalId, DateTimeOffset CreatedAt,
    AccountDocument? Account, IReadOnlyList<EnrolmentDocument> Enrolments, IReadOnlyList<Guid> Dossiers, DateTimeOffset ExportedAt);

public sealed record AccountDocument(string Id, string? Email, string DisplayName, DateTimeOffset CreatedAt);

public sealed record EnrolmentDocument(Guid SessionId, string SessionName, DateTimeOffset EnrolledAt, DateTimeOffset? SessionClosesAt, int RetentionDays);

/// <summary><c>dossiers/{id}/dossier.json</c>.</summary>
public sealed record DossierDocument(
    Guid Id, Guid SessionId, string SessionName, string Epreuve, DossierStatus Status, DateTimeOffset CreatedAt, string ContentHash,
    IReadOnlyList<FileDocument> Files, IReadOnlyList<ProcessingDocument> Processing, IReadOnlyList<string> PreAssessments);

/// <param name="ArchivePath">Where the file is in the archive; null when the file store no longer holds it.</param>
public sealed record FileDocument(Guid Id, string Name, string Format, long SizeBytes, string Sha256, string? ArchivePath);

public sealed record ProcessingDocument(
    ProcessingState State, string Stage, int Attempts, string? FailureReason, DateTimeOffset CreatedAt, DateTimeOffset? FinishedAt);

/// <summary>One entry of <c>decisions.json</c>: the jury's level for a compétence, beside the proposal it saw.</summary>
public sealed record DecisionDocument(
    string CriterionCode, int? Level, int? BlindLevel, string Comment, Guid? PreAssessmentRecordId, string AuthorUserId, DateTimeOffset DecidedAt);

/// <summary><c>grille-finale.json</c>.</summary>
public sealed record FinalGridDocument(
    string BlocDecision, string ComputedDecision, string? DecisionReason, bool IsFinal, string FinalisedBy, DateTimeOffset FinalisedAt, IReadOnlyList<ReopeningDocument> Reopenings);

public sealed record ReopeningDocument(string Reason, string ReopenedBy, DateTimeOffset ReopenedAt);

/// <summary><c>retours.json</c>: the feedback draft being edited, and every text released to the candidate.</summary>
public sealed record FeedbackDocument(FeedbackDraftDocument? Draft, IReadOnlyList<FeedbackReleaseDocument> Releases);

public sealed record FeedbackDraftDocument(string Text, bool Edited, DateTimeOffset UpdatedAt);

public sealed record FeedbackReleaseDocument(string Text, string ReleasedBy, DateTimeOffset ReleasedAt);
