using Grader.Pipeline.Calibration.Metrics;

namespace Grader.Pipeline.Calibration.Session;

/// <summary>The figures of one group of pairs: a compétence (by its code) or a juror (by account id).</summary>
public sealed record GroupAgreement(string Key, LevelMetrics Metrics);

/// <summary>
/// How final levels moved from the blind ones, relative to the AI's proposal, on the compétences where all three
/// exist. <see cref="Closer"/> much larger than <see cref="Further"/> is the mark of automation bias: jurors move
/// toward the proposal once they see it.
/// </summary>
/// <param name="Changed">Final level differs from the blind one.</param>
/// <param name="Closer">The final level is nearer the AI's than the blind one was.</param>
/// <param name="Further">The final level is further from the AI's than the blind one was.</param>
/// <param name="MeanShiftTowardAi">Mean of |blind − AI| − |final − AI|, in levels: positive means toward the AI.</param>
public sealed record BlindShift(int Pairs, int Changed, int Closer, int Further, double? MeanShiftTowardAi);

/// <summary>Blind-first review: agreement of the blind levels with the AI, and of the final ones on the same compétences.</summary>
public sealed record BlindAgreement(LevelMetrics BlindVersusAi, LevelMetrics FinalVersusAi, BlindShift Shift);

/// <summary>
/// A session's agreement between AI proposals and final jury decisions: overall, per compétence, per juror, the
/// blind-first figures when there are blind levels, and every disagreement. <see cref="Excluded"/> counts the
/// observations that were not pairs (no AI level, no jury level, or a level off the scale).
/// </summary>
public sealed record SessionAgreementReport(
    int Observations,
    int Excluded,
    LevelMetrics Overall,
    IReadOnlyList<GroupAgreement> Criteria,
    IReadOnlyList<GroupAgreement> Jurors,
    BlindAgreement? Blind,
    IReadOnlyList<AgreementObservation> Disagreements);
