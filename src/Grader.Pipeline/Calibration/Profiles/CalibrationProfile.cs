using Grader.Pipeline.Calibration.Gates;
using Grader.Pipeline.Evaluation.Offline;

namespace Grader.Pipeline.Calibration.Profiles;

/// <summary>The gate results of one calibration run, as saved by <c>grader calibrate --save-profile</c>.</summary>
public sealed record GateProfile(
    DateTimeOffset CreatedAt,
    string Set,
    string Command,
    string Configuration,
    IReadOnlyList<string> Providers,
    GateThresholds Thresholds,
    IReadOnlyList<CriterionGate> Criteria);

/// <summary>
/// What calibration learnt about one rubric version, stored beside it in <c>rubrics/&lt;id&gt;/calibration/&lt;version&gt;.json</c>:
/// the last saved gate results (read by the review to flag criteria « à surveiller ») and the offline cutoffs fitted with
/// cross-validation (read by the offline evaluator). Either part may be absent; saving one keeps the other.
/// </summary>
public sealed record CalibrationProfile
{
    public required string RubricId { get; init; }
    public required string RubricVersion { get; init; }
    /// <summary>The rubric content the profile was measured on; a profile for another content is not used.</summary>
    public required string RubricFingerprint { get; init; }
    public GateProfile? Gates { get; init; }
    public OfflineThresholdsProfile? OfflineThresholds { get; init; }
}

/// <summary>A compétence the jurors should double-check, and why — shown in the review grid.</summary>
public sealed record CompetenceWatch(string Status, string Reason)
{
    public const string WatchStatus = "à surveiller";
}
