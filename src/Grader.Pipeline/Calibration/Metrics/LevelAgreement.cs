namespace Grader.Pipeline.Calibration.Metrics;

/// <summary>Agreement rates and error on paired levels; each returns null on no pairs rather than a misleading 0.</summary>
public static class LevelAgreement
{
    /// <summary>Share of pairs where Grader gave exactly the jury's level.</summary>
    public static double? Exact(IReadOnlyCollection<LevelPair> pairs) => Share(pairs, p => p.AbsoluteDifference == 0);

    /// <summary>Share of pairs at most one level apart (|diff| ≤ 1); on a 0–3 scale a constant 1 or 2 already scores high.</summary>
    public static double? Adjacent(IReadOnlyCollection<LevelPair> pairs) => Share(pairs, p => p.AbsoluteDifference <= 1);

    /// <summary>Mean of |AI − human|, in levels.</summary>
    public static double? MeanAbsoluteError(IReadOnlyCollection<LevelPair> pairs) =>
        pairs.Count == 0 ? null : pairs.Average(p => (double)p.AbsoluteDifference);

    private static double? Share(IReadOnlyCollection<LevelPair> pairs, Func<LevelPair, bool> agree) =>
        pairs.Count == 0 ? null : (double)pairs.Count(agree) / pairs.Count;
}
