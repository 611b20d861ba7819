using Grader.Pipeline.Calibration.Metrics;
using Grader.Pipeline.Calibration.Session;

namespace Grader.Api.Calibration;

/// <summary>One compétence whose final jury level differs from the AI's proposal, one click from its review.</summary>
/// <param name="CandidateId">The candidate's pseudonymous id.</param>
/// <param name="ReviewUrl">The dossier's review grid (<c>/api/dossiers/{id}/review</c>).</param>
public sealed record DisagreementDto(
    Guid DossierId, string CandidateId, string Epreuve, string Competence, int AiLevel, int JuryLevel, int? BlindLevel,
    string JurorId, string? JurorName, string Comment, string ReviewUrl);

public sealed record CriterionAgreementDto(string Competence, string? Text, LevelMetrics Metrics);

public sealed record JurorAgreementDto(string JurorId, string? JurorName, LevelMetrics Metrics);

/// <summary>
/// A session's agreement between AI proposals (each dossier's latest pre-assessment) and the jury's final levels
/// (dossiers whose grid is finalised), with the same figures as calibration.
/// </summary>
/// <param name="Excluded">Decisions that are not pairs: no AI level (oral-only, failed), no jury level, or off the scale.</param>
/// <param name="Blind">Blind-first review only: blind levels against the AI, and how final levels moved toward it.</param>
public sealed record SessionAgreementDto(
    Guid SessionId,
    string SessionName,
    string RubricId,
    bool BlindFirstReview,
    int FinalisedDossiers,
    int Decisions,
    int Excluded,
    LevelMetrics Overall,
    IReadOnlyList<CriterionAgreementDto> Criteria,
    IReadOnlyList<JurorAgreementDto> Jurors,
    BlindAgreement? Blind,
    IReadOnlyList<DisagreementDto> Disagreements);
