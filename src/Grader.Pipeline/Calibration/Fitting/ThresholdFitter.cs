using Grader.Pipeline.Calibration.Metrics;
using Grader.Pipeline.Evaluation.Offline;
using Grader.Pipeline.Rubrics;

namespace Grader.Pipeline.Calibration.Fitting;

/// <param name="MinimumSamplesPerCompetence">A compétence gets its own cutoffs only with at least this many training samples; otherwise the global ones.</param>
/// <param name="MaximumRounds">Rounds of coordinate search (each tries every value of every cutoff, the others fixed).</param>
public sealed record FitOptions(int MinimumSamplesPerCompetence = 6, int MaximumRounds = 8)
{
    public static FitOptions Default { get; } = new();
}

/// <summary>
/// Fits the offline <see cref="LevelCutoffs"/> to the jury's levels by coordinate search: starting from the shipped values,
/// each cutoff in turn takes the value of its grid that maximises QWK on the training samples (ties: lower mean absolute
/// error, then the current value — so the shipped thresholds move only when the data say so), until a round changes nothing.
/// Deterministic. Coverage cutoffs stay ordered (some ≤ acquis ≤ top).
/// </summary>
public static class ThresholdFitter
{
    private static readonly double[] Coverages = Enumerable.Range(2, 39).Select(i => i / 50.0).ToArray();
    private static readonly int[] Counts = [0, 1, 2, 3, 4, 5, 6];

    public static CutoffFitter For(RatingScale scale, OfflineThresholds baseline, FitOptions options) =>
        training => Fit(training, scale, baseline, options);

    public static FittedCutoffs Fit(IReadOnlyList<FitSample> training, RatingScale scale, OfflineThresholds baseline, FitOptions options)
    {
        var global = FitOne(training, scale, baseline, LevelCutoffs.From(baseline), options);
        var perCompetence = training
            .GroupBy(s => s.CompetenceId, StringComparer.Ordinal)
            .Where(g => g.Count() >= options.MinimumSamplesPerCompetence)
            .ToDictionary(g => g.Key, g => FitOne(g.ToList(), scale, baseline, global, options), StringComparer.Ordinal);
        return new FittedCutoffs(global, perCompetence);
    }

    /// <summary>The level the offline mapper gives a sample with these cutoffs.</summary>
    public static int Level(FitSample sample, LevelCutoffs cutoffs, RatingScale scale, OfflineThresholds baseline) =>
        new OfflineLevelMapper(cutoffs.Apply(baseline)).Map(sample.Evidence, scale);

    private static LevelCutoffs FitOne(IReadOnlyList<FitSample> samples, RatingScale scale, OfflineThresholds baseline, LevelCutoffs start, FitOptions options)
    {
        var range = LevelRange.Of(scale);
        var best = start;
        var bestScore = Score(samples, best, scale, baseline, range);
        for (var round = 0; round < options.MaximumRounds; round++)
        {
            var changed = false;
            foreach (var candidate in Neighbours(best))
            {
                var score = Score(samples, candidate, scale, baseline, range);
                if (score.CompareTo(bestScore) > 0)
                {
                    (best, bestScore, changed) = (candidate, score, true);
                }
            }

            if (!changed)
            {
                break;
            }
        }

        return best;
    }

    // Every cutoff set that differs from the current one in exactly one cutoff.
    private static IEnumerable<LevelCutoffs> Neighbours(LevelCutoffs c)
    {
        foreach (var v in Coverages.Where(v => v <= c.AcquiredCoverage))
        {
            yield return c with { SomeEvidenceCoverage = v };
        }

        foreach (var v in Coverages.Where(v => v >= c.SomeEvidenceCoverage && v <= c.TopCoverage))
        {
            yield return c with { AcquiredCoverage = v };
        }

        foreach (var v in Coverages.Where(v => v >= c.AcquiredCoverage))
        {
            yield return c with { TopCoverage = v };
        }

        foreach (var v in Counts)
        {
            yield return c with { AcquiredCueKinds = v };
            yield return c with { AcquiredSupportingPassages = v };
            yield return c with { TopCueKinds = v };
            yield return c with { TopSupportingPassages = v };
            yield return c with { TopDistinctSections = v };
        }
    }

    private static FitScore Score(IReadOnlyList<FitSample> samples, LevelCutoffs cutoffs, RatingScale scale, OfflineThresholds baseline, LevelRange range)
    {
        var pairs = samples.Select(s => new LevelPair(s.Human, Level(s, cutoffs, scale, baseline))).ToList();
        return new FitScore(QuadraticWeightedKappa.Compute(pairs, range) ?? -2, -(LevelAgreement.MeanAbsoluteError(pairs) ?? 0));
    }

    private readonly record struct FitScore(double Kappa, double NegativeMae) : IComparable<FitScore>
    {
        // A strict improvement only: equal scores keep the current cutoffs.
        public int CompareTo(FitScore other) =>
            Math.Abs(Kappa - other.Kappa) > 1e-9 ? Kappa.CompareTo(other.Kappa)
            : Math.Abs(NegativeMae - other.NegativeMae) > 1e-9 ? NegativeMae.CompareTo(other.NegativeMae)
            : 0;
    }
}
