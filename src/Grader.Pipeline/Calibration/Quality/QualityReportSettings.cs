using Grader.Pipeline.Calibration.Metrics;

namespace Grader.Pipeline.Calibration.Quality;

/// <summary>
/// How the report is computed. <see cref="BaselineLevel"/> is the « always level 2 » constant of issue 5: on the
/// 0–3 scale it is the level a lazy grader would give, and it scores a high adjacent agreement while being useless.
/// </summary>
public sealed record QualityReportSettings(string Command, BootstrapOptions Bootstrap, int BaselineLevel = 2);
