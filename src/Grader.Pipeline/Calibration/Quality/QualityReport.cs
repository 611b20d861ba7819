using Grader.Pipeline.Calibration.Metrics;
using Grader.Pipeline.Evaluation.Model;

namespace Grader.Pipeline.Calibration.Quality;

/// <summary>Grader's level figures next to the constant baseline's, computed on the very same pairs.</summary>
public sealed record LevelComparison(LevelMetrics Grader, LevelMetrics Baseline, ExclusionCounts Excluded);

/// <summary>The figures of one compétence across the cases that label it.</summary>
public sealed record CriterionQuality(string Code, string CompetenceId, string Epreuve, LevelComparison Levels);

/// <summary>Missing-item detection by Grader and by the « every item present » baseline, on the same items.</summary>
public sealed record DeliverableQuality(int Items, int NotAssessed, DeliverableDetection Grader, DeliverableDetection Baseline);

/// <summary>A pair where Grader and the jury differ, for the pedagogical team to open: both levels, Grader's rationale and evidence.</summary>
public sealed record Disagreement(string Case, string Code, int Human, int Ai, string Rationale, IReadOnlyList<EvidenceQuote>? Evidence = null);

/// <summary>A case the evaluation could not assess, with the French reason.</summary>
public sealed record FailedCase(string Case, string Reason);

/// <summary>
/// The quality report of issue 5 (and the core of issue 7's calibration report): agreement of Grader's levels and
/// deliverable findings with the jury's labels, overall and per compétence, beside constant baselines.
/// </summary>
public sealed record QualityReport
{
    public required string Set { get; init; }
    public required string Command { get; init; }
    public required IReadOnlyList<string> Providers { get; init; }
    public required string RubricId { get; init; }
    public required string RubricVersion { get; init; }
    public required int Cases { get; init; }
    public required int BaselineLevel { get; init; }
    public required BootstrapOptions Bootstrap { get; init; }
    public required LevelComparison Overall { get; init; }
    public required IReadOnlyList<CriterionQuality> PerCriterion { get; init; }
    public required DeliverableQuality Deliverables { get; init; }
    public required IReadOnlyList<Disagreement> Disagreements { get; init; }
    public required IReadOnlyList<FailedCase> FailedCases { get; init; }
    /// <summary>Sum of the cases' evaluation times (wall time of each call to the evaluator).</summary>
    public required TimeSpan EvaluationTime { get; init; }
    /// <summary>Tokens of every evaluated case together, as recorded in their provenance; all null offline.</summary>
    public required TokenCounts Tokens { get; init; }
}
