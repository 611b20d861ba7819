using Grader.Pipeline.Calibration.Metrics;
using Grader.Pipeline.Calibration.Reports;

namespace Grader.Pipeline.Calibration.Comparison;

/// <summary>One figure under both configurations, with the paired difference B − A and its bootstrap interval.</summary>
public sealed record ComparedFigure(string Name, PairedDifference Value);

/// <summary>A compétence's QWK, exact agreement and mean absolute error under both configurations.</summary>
public sealed record ComparedCriterion(string Code, int Pairs, PairedDifference Kappa, PairedDifference Exact, PairedDifference MeanAbsoluteError);

/// <summary>
/// Two configurations on the same evaluation set (issue 7, item 2): each one's full calibration report, and the figures
/// side by side on the pairs both produced, with the difference B − A and its paired bootstrap interval over cases.
/// </summary>
public sealed record CalibrationComparison
{
    public required string Set { get; init; }
    public required string Command { get; init; }
    public required string ConfigurationA { get; init; }
    public required string ConfigurationB { get; init; }
    public required int Cases { get; init; }
    public required int Pairs { get; init; }
    public required BootstrapOptions Bootstrap { get; init; }
    public required IReadOnlyList<ComparedFigure> Overall { get; init; }
    public required IReadOnlyList<ComparedCriterion> PerCriterion { get; init; }
    /// <summary>French remarks on what the comparison can and cannot show (e.g. prompts are not used offline).</summary>
    public required IReadOnlyList<string> Notes { get; init; }
    public required CalibrationReport A { get; init; }
    public required CalibrationReport B { get; init; }
}
