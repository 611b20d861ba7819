namespace Grader.Pipeline.Calibration.Metrics;

/// <summary>
/// (mean of Grader's levels − mean of the jury's) / pooled SD, with pooled SD = √((s²_AI + s²_human) / 2) and
/// sample variances (n − 1). Positive: Grader grades more generously than the jury. The automated-scoring gate
/// of issue 7 is |SMD| ≤ 0.15.
/// </summary>
public static class StandardisedMeanDifference
{
    /// <summary>
    /// Null with fewer than two pairs, or when both raters are constant at different levels (the difference is
    /// real but has no scale to be expressed on). Both constant at the same level gives 0: no difference at all.
    /// </summary>
    public static double? Compute(IReadOnlyCollection<LevelPair> pairs)
    {
        if (pairs.Count < 2)
        {
            return null;
        }

        var aiMean = pairs.Average(p => (double)p.Ai);
        var humanMean = pairs.Average(p => (double)p.Human);
        var aiVariance = pairs.Sum(p => Math.Pow(p.Ai - aiMean, 2)) / (pairs.Count - 1);
        var humanVariance = pairs.Sum(p => Math.Pow(p.Human - humanMean, 2)) / (pairs.Count - 1);
        var pooled = Math.Sqrt((aiVariance + humanVariance) / 2);
        var difference = aiMean - humanMean;
        if (pooled < 1e-12)
        {
            return Math.Abs(difference) < 1e-12 ? 0 : null;
        }

        return difference / pooled;
    }
}
