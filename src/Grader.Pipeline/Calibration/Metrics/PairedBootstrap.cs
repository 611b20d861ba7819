namespace Grader.Pipeline.Calibration.Metrics;

/// <summary>The levels of one case under two configurations, on the same labelled compétences (same order, same jury levels).</summary>
public sealed record PairedCase(string Case, IReadOnlyList<LevelPair> A, IReadOnlyList<LevelPair> B);

/// <summary>A figure under configuration A and B, their difference B − A and the paired bootstrap interval of that difference.</summary>
public sealed record PairedDifference(double? A, double? B, double? Difference, ConfidenceInterval? Interval);

/// <summary>
/// Paired percentile bootstrap of the difference of a figure between two configurations evaluated on the same cases:
/// resample the <b>cases</b> with replacement (a case's compétences stay together, they are not independent), compute
/// the figure on A's pairs and on B's pairs of the very same resample, and take the percentiles of B − A. Pairing removes
/// the variation between dossiers that both configurations share, so the interval is narrower than two separate ones.
/// </summary>
public static class PairedBootstrap
{
    public static PairedDifference Compute(
        IReadOnlyList<PairedCase> cases, Func<IReadOnlyList<LevelPair>, double?> figure, BootstrapOptions options)
    {
        KappaBootstrap.Check(options);
        var a = figure(cases.SelectMany(c => c.A).ToList());
        var b = figure(cases.SelectMany(c => c.B).ToList());
        var difference = a is { } x && b is { } y ? y - x : (double?)null;
        if (cases.Count < 2)
        {
            return new PairedDifference(a, b, difference, null);
        }

        var random = new Random(options.Seed);
        var values = new List<double>(options.Resamples);
        var sampleA = new List<LevelPair>();
        var sampleB = new List<LevelPair>();
        for (var r = 0; r < options.Resamples; r++)
        {
            sampleA.Clear();
            sampleB.Clear();
            for (var i = 0; i < cases.Count; i++)
            {
                var drawn = cases[random.Next(cases.Count)];
                sampleA.AddRange(drawn.A);
                sampleB.AddRange(drawn.B);
            }

            if (figure(sampleA) is { } fa && figure(sampleB) is { } fb)
            {
                values.Add(fb - fa);
            }
        }

        return new PairedDifference(a, b, difference, KappaBootstrap.Percentile(values, options));
    }
}
