using Grader.Persistence.Entities;

namespace Grader.Api.Sessions;

public sealed record CreateSessionRequest(
    string Name,
    string? RubricId = null,
    IReadOnlyList<string>? Epreuves = null,
    string? Provider = null,
    ReleasePolicy? ReleasePolicy = null,
    SessionMode? Mode = null,
    bool? BlindFirstReview = null,
    double? AcquiredShareRequired = null,
    DateTimeOffset? ClosesAt = null,
    int? RetentionDays = null);

public sealed record SessionDto(
    Guid Id, string Name, string RubricId, string RubricVersion, IReadOnlyList<string> Epreuves, string Provider,
    ReleasePolicy ReleasePolicy, SessionMode Mode, bool BlindFirstReview, double AcquiredShareRequired,
    DateTimeOffset? ClosesAt, int RetentionDays, DateTimeOffset CreatedAt)
{
    public static SessionDto From(CertificationSession s) => new(
        s.Id, s.Name, s.RubricId, s.RubricVersion, s.Epreuves, s.Provider, s.ReleasePolicy, s.Mode, s.BlindFirstReview,
        s.AcquiredShareRequired, s.ClosesAt, s.RetentionDays, s.CreatedAt);
}

public sealed record JuryMemberRequest(string UserId, JuryRole? Role = null);

public sealed record CreateJuryRequest(string Name, IReadOnlyList<JuryMemberRequest>? Members = null);

public sealed record JuryDto(Guid Id, string Name, IReadOnlyList<JuryMemberDto> Members);

public sealed record JuryMemberDto(string UserId, JuryRole Role);

/// <summary>Either an existing candidate to enrol (<see cref="CandidateId"/>) or a new one's identity.</summary>
/// <remarks>With <see cref="Account"/>, the candidate's account (role « candidate ») is created and linked in the same request.</remarks>
public sealed record EnrolCandidateRequest(
    Guid? CandidateId = null, string? FullName = null, string? Email = null, string? ExternalId = null, string? UserId = null,
    CandidateAccountRequest? Account = null);

/// <summary>A candidate as a session shows them: identity fields only for administrators, the pseudonymous id for everyone.</summary>
public sealed record CandidateDto(Guid Id, string PseudonymousId, string? FullName, string? Email, string? ExternalId, bool HasAccount);

/// <summary>
/// The settings of a session that may change after its creation, sent whole (PUT): a missing value is an error,
/// except <see cref="ClosesAt"/> (null: no closing date yet) and the référentiel and épreuves (null: unchanged).
/// The provider has its own page; the bloc rule its own endpoint (<c>PUT /api/sessions/{id}/bloc-rule</c>).
/// </summary>
public sealed record UpdateSessionRequest(
    string? Name,
    DateTimeOffset? ClosesAt,
    int? RetentionDays,
    bool? BlindFirstReview,
    ReleasePolicy? ReleasePolicy,
    SessionMode? Mode,
    string? RubricId = null,
    IReadOnlyList<string>? Epreuves = null,
    bool MoveToCurrentRubricVersion = false);

/// <summary>A session as the administration's list shows it: its settings and how many juries, candidates and dossiers it has.</summary>
public sealed record SessionSummaryDto(SessionDto Session, int Juries, int Candidates, int Dossiers);

/// <summary>
/// A new candidate's account, created with their record when an administrator enrols them: the e-mail of the
/// enrolment is the sign-in address, the full name the displayed name.
/// </summary>
public sealed record CandidateAccountRequest(string? Password);
