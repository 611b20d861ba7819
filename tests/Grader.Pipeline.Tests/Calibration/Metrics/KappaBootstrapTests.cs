using Grader.Pipeline.Calibration.Metrics;

namespace Grader.Pipeline.Tests.Calibration.Metrics;

public sealed class KappaBootstrapTests
{
    private static readonly List<LevelPair> Pairs =
        PairsOf.Levels([0, 1, 2, 3, 2, 1, 3, 0, 2, 1, 3, 2], [0, 1, 1, 2, 2, 2, 3, 1, 2, 1, 2, 3]);

    [Fact]
    public void Is_reproducible_with_a_seed()
    {
        var options = new BootstrapOptions(Resamples: 500, Seed: 42);

        Assert.Equal(KappaBootstrap.Compute(Pairs, PairsOf.Scale, options), KappaBootstrap.Compute(Pairs, PairsOf.Scale, options));
    }

    [Fact]
    public void Brackets_the_point_estimate()
    {
        var kappa = QuadraticWeightedKappa.Compute(Pairs, PairsOf.Scale)!.Value;

        var interval = KappaBootstrap.Compute(Pairs, PairsOf.Scale, new BootstrapOptions(Resamples: 2000, Seed: 1))!;

        Assert.InRange(kappa, interval.Lower, interval.Upper);
        Assert.True(interval.Upper - interval.Lower > 0.05, "twelve pairs cannot give a narrow interval");
        Assert.Equal(2000, interval.Resamples);
        Assert.Equal(0.95, interval.Level);
    }

    [Fact]
    public void Is_one_to_one_for_identical_levels_and_counts_the_undefined_resamples()
    {
        // With two pairs (0,0) and (3,3), half the resamples draw one pair twice: one level only, kappa undefined.
        var interval = KappaBootstrap.Compute(PairsOf.Levels([0, 3], [0, 3]), PairsOf.Scale, new BootstrapOptions(Resamples: 400, Seed: 3))!;

        Assert.Equal(1.0, interval.Lower, 12);
        Assert.Equal(1.0, interval.Upper, 12);
        Assert.InRange(interval.Undefined, 120, 280);
    }

    [Fact]
    public void Is_undefined_with_fewer_than_two_pairs_or_no_defined_resample()
    {
        Assert.Null(KappaBootstrap.Compute(PairsOf.Levels([1], [2]), PairsOf.Scale, BootstrapOptions.Default));
        Assert.Null(KappaBootstrap.Compute(PairsOf.Levels([2, 2, 2], [2, 2, 2]), PairsOf.Scale, BootstrapOptions.Default));
    }

    [Fact]
    public void Quantiles_interpolate_between_order_statistics()
    {
        double[] sorted = [1, 2, 3, 4, 5];

        Assert.Equal(2.0, KappaBootstrap.Quantile(sorted, 0.25), 12);
        Assert.Equal(1.4, KappaBootstrap.Quantile(sorted, 0.1), 12);
        Assert.Equal(5.0, KappaBootstrap.Quantile(sorted, 1.0), 12);
    }

    [Fact]
    public void Rejects_nonsensical_options()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => KappaBootstrap.Compute(Pairs, PairsOf.Scale, new BootstrapOptions(Resamples: 0)));
        Assert.Throws<ArgumentOutOfRangeException>(() => KappaBootstrap.Compute(Pairs, PairsOf.Scale, new BootstrapOptions(Level: 1)));
    }
}
