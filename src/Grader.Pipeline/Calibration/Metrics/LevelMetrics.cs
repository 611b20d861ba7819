namespace Grader.Pipeline.Calibration.Metrics;

/// <summary>Every level figure of one set of pairs (a criterion, or all of them). Null figures are undefined, see each metric.</summary>
public sealed record LevelMetrics(
    int Pairs,
    double? ExactAgreement,
    double? AdjacentAgreement,
    double? MeanAbsoluteError,
    double? Kappa,
    ConfidenceInterval? KappaInterval,
    double? StandardisedMeanDifference,
    double? HumanMean,
    double? AiMean,
    ConfusionMatrix Confusion)
{
    public static LevelMetrics Compute(IReadOnlyList<LevelPair> pairs, LevelRange range, BootstrapOptions bootstrap) => new(
        pairs.Count,
        LevelAgreement.Exact(pairs),
        LevelAgreement.Adjacent(pairs),
        LevelAgreement.MeanAbsoluteError(pairs),
        QuadraticWeightedKappa.Compute(pairs, range),
        KappaBootstrap.Compute(pairs, range, bootstrap),
        Metrics.StandardisedMeanDifference.Compute(pairs),
        pairs.Count == 0 ? null : pairs.Average(p => (double)p.Human),
        pairs.Count == 0 ? null : pairs.Average(p => (double)p.Ai),
        ConfusionMatrix.Compute(pairs, range));
}
