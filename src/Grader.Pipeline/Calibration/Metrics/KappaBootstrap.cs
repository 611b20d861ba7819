namespace Grader.Pipeline.Calibration.Metrics;

/// <summary>
/// Percentile bootstrap confidence interval of the quadratic weighted kappa: resample the pairs with
/// replacement, recompute kappa, take the (1 − level)/2 and (1 + level)/2 quantiles (linear interpolation between
/// order statistics). The cases are few, so the interval is wide: that width is the honest message.
/// </summary>
public static class KappaBootstrap
{
    /// <summary>Null when fewer than two pairs, or when no resample gives a defined kappa.</summary>
    public static ConfidenceInterval? Compute(IReadOnlyList<LevelPair> pairs, LevelRange range, BootstrapOptions options)
    {
        Check(options);
        if (pairs.Count < 2)
        {
            return null;
        }

        var random = new Random(options.Seed);
        var values = new List<double>(options.Resamples);
        var sample = new LevelPair[pairs.Count];
        for (var b = 0; b < options.Resamples; b++)
        {
            for (var i = 0; i < sample.Length; i++)
            {
                sample[i] = pairs[random.Next(pairs.Count)];
            }

            if (QuadraticWeightedKappa.Compute(sample, range) is { } kappa)
            {
                values.Add(kappa);
            }
        }

        return Percentile(values, options);
    }

    internal static void Check(BootstrapOptions options)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Resamples, 1);
        if (options.Level is <= 0 or >= 1)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.Level, "The confidence level must be strictly between 0 and 1.");
        }
    }

    /// <summary>The percentile interval of the defined resampled values; null when none was defined.</summary>
    internal static ConfidenceInterval? Percentile(List<double> values, BootstrapOptions options)
    {
        if (values.Count == 0)
        {
            return null;
        }

        values.Sort();
        var tail = (1 - options.Level) / 2;
        return new ConfidenceInterval(
            Quantile(values, tail), Quantile(values, 1 - tail), options.Level, options.Resamples, options.Resamples - values.Count);
    }

    /// <summary>Quantile of sorted values with linear interpolation (Hyndman and Fan's type 7, R's default).</summary>
    internal static double Quantile(IReadOnlyList<double> sorted, double probability)
    {
        var position = probability * (sorted.Count - 1);
        var below = (int)Math.Floor(position);
        var above = Math.Min(below + 1, sorted.Count - 1);
        return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
    }
}
