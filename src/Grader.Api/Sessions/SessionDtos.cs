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
public sealed record EnrolCandidateRequest(Guid? CandidateId = null, string? FullName = null, string? Email = null, string? ExternalId = null, string? UserId = null);

/// <summary>A candidate as a session shows them: identity fields only for administrators, the pseudonymous id for everyone.</summary>
public sealed record CandidateDto(Guid Id, string PseudonymousId, string? FullName, string? Email, string? ExternalId, bool HasAccount);
