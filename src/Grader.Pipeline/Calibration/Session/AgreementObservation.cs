namespace Grader.Pipeline.Calibration.Session;

/// <summary>
/// One compétence of one finalised dossier of a session: the level the AI proposed (the dossier's latest
/// pre-assessment) and the jury's final decision, with who decided it and, in blind-first review, the level the
/// juror recorded before seeing the proposal.
/// </summary>
/// <param name="CandidateId">The candidate's pseudonymous id, never their name.</param>
/// <param name="CompetenceCode">As the decision records it; matched leniently (<c>C.2.2.4.</c>, <c>C2.2.4</c>).</param>
/// <param name="AiLevel">Null when the AI proposed none (oral-only compétence, failed criterion).</param>
/// <param name="JuryLevel">The final level; null when undecided.</param>
/// <param name="BlindLevel">Blind-first review only: the juror's level before the proposal was shown.</param>
/// <param name="JurorId">The account that recorded the decision.</param>
public sealed record AgreementObservation(
    Guid DossierId,
    string CandidateId,
    string CompetenceCode,
    int? AiLevel,
    int? JuryLevel,
    int? BlindLevel,
    string JurorId,
    string? Comment);
