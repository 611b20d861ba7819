namespace Grader.Api.Review;

// What GET /api/dossiers/{id}/review returns. Field names are the JSON contract of the juror's grid; labels are French.

public sealed record ReviewGridDto(
    Guid DossierId,
    Guid SessionId,
    string CandidatePseudonymousId,
    string Epreuve,
    string EpreuveSourceCode,
    string EpreuveTitle,
    Guid PreAssessmentId,
    DateTimeOffset PreAssessedAt,
    ProviderBannerDto Provider,
    bool BlindFirstReview,
    IReadOnlyList<ScaleLevelDto> Scale,
    int AcquiredFrom,
    IReadOnlyList<CompetenceReviewDto> Competences,
    IReadOnlyList<DeliverableDto> Deliverables,
    IReadOnlyList<FlagDto> Flags,
    BlocDecisionDto BlocDecision,
    GridStateDto Grid);

/// <summary>Which engine proposed the levels, and the notice that says so (heuristic offline, a model otherwise).</summary>
public sealed record ProviderBannerDto(string Provider, string? Model, bool LanguageModelUsed, bool Heuristic, string Notice, string RubricVersion);

public sealed record ScaleLevelDto(int Value, string Label, string? Description);

public sealed record CompetenceReviewDto(
    string Code,
    string CompetenceId,
    string Title,
    string Assessable,
    bool ProposalHidden,
    string? ProposalHiddenReason,
    AiProposalDto? Proposal,
    DecisionDto? Decision,
    WatchDto? Watch = null);

/// <summary>
/// Set when the calibration profile of the session's rubric version records that this compétence failed its agreement gate:
/// status « à surveiller » and the French reason (figures, set and date of the calibration). Null otherwise.
/// </summary>
public sealed record WatchDto(string Status, string Reason);

public sealed record AiProposalDto(
    int? Level,
    string? LevelLabel,
    double? Confidence,
    string Rationale,
    IReadOnlyList<EvidenceDto> Evidence,
    IReadOnlyList<string> Missing,
    IReadOnlyList<string> OralQuestions,
    bool Failed);

public sealed record EvidenceDto(string Quote, int? Page, string? File, bool Verified);

public sealed record DecisionDto(
    int? Level,
    string? LevelLabel,
    string Comment,
    string Author,
    DateTimeOffset DecidedAt,
    long Version,
    int? BlindLevel,
    DateTimeOffset? ProposalShownAt,
    Guid? PreAssessmentId,
    string? AuthorName = null);

public sealed record DeliverableDto(string ItemId, string Item, string Presence, IReadOnlyList<EvidenceDto> Evidence);

public sealed record FlagDto(string Kind, string? Criterion, int? Page, string? File, string Detail);

public sealed record BlocDecisionDto(
    string? Computed,
    string? ComputedLabel,
    int Acquired,
    int Total,
    double AcquiredShareRequired,
    IReadOnlyList<string> Undecided,
    string Explanation);

public sealed record GridStateDto(
    string State,
    long Version,
    string? BlocDecision,
    string? ComputedDecision,
    string? FinalisedBy,
    DateTimeOffset? FinalisedAt,
    IReadOnlyList<ReopeningDto> Reopenings,
    string? FinalisedByName = null);

public sealed record ReopeningDto(string Reason, string ReopenedBy, DateTimeOffset ReopenedAt, string? ReopenedByName = null);
