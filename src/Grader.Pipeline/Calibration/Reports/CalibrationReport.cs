using Grader.Pipeline.Calibration.Gates;
using Grader.Pipeline.Calibration.Quality;
using Grader.Pipeline.Evaluation.Model;

namespace Grader.Pipeline.Calibration.Reports;

/// <summary>What one case cost: wall time of its evaluation and the tokens its provenance records (null offline).</summary>
public sealed record CaseCost(string Case, TimeSpan Duration, TokenCounts Tokens);

/// <summary>Tokens of one compétence over every evaluated case.</summary>
public sealed record CriterionCost(string Code, TokenCounts Tokens);

/// <summary>
/// The calibration report of one configuration on one evaluation set (issue 7): the quality report (figures overall
/// and per criterion, confusion matrices, deliverables, disagreements with rationale and evidence), each criterion's
/// acceptance gate, and the cost. Written as rapport.md, rapport.html and rapport.json.
/// </summary>
public sealed record CalibrationReport
{
    /// <summary>How the configuration is named in the report (« offline », « prompts=prompts-v2 »…).</summary>
    public required string Configuration { get; init; }
    public required QualityReport Quality { get; init; }
    public required GateThresholds GateThresholds { get; init; }
    public required IReadOnlyList<CriterionGate> Gates { get; init; }
    public required IReadOnlyList<CaseCost> CaseCosts { get; init; }
    public required IReadOnlyList<CriterionCost> CriterionCosts { get; init; }
    /// <summary>The prompts, heuristics and thresholds profile that produced the levels, as recorded in the provenance (id, version, hash).</summary>
    public required IReadOnlyList<PromptReference> Prompts { get; init; }
    public required IReadOnlyList<string> Models { get; init; }
}
