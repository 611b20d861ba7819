using Grader.Pipeline.Calibration.Metrics;

namespace Grader.Pipeline.Tests.Calibration.Metrics;

public sealed class PairedBootstrapTests
{
    private static readonly BootstrapOptions Options = new(Resamples: 400, Seed: 7);

    [Fact]
    public void The_difference_of_a_configuration_with_itself_is_zero_with_a_zero_width_interval()
    {
        var cases = Enumerable.Range(0, 5).Select(i => new PairedCase($"c{i}", Levels(i), Levels(i))).ToList();

        var result = PairedBootstrap.Compute(cases, p => QuadraticWeightedKappa.Compute(p, PairsOf.Scale), Options);

        Assert.Equal(0, result.Difference);
        Assert.NotNull(result.Interval);
        Assert.Equal(0, result.Interval.Lower);
        Assert.Equal(0, result.Interval.Upper);
    }

    [Fact]
    public void Computes_each_side_on_its_own_pairs_and_the_difference_b_minus_a()
    {
        // By hand: A is exact on 2 of 4 pairs (0,5), B on 4 of 4 (1,0): difference +0,5.
        List<PairedCase> cases =
        [
            new("c1", PairsOf.Levels([0, 1], [0, 2]), PairsOf.Levels([0, 1], [0, 1])),
            new("c2", PairsOf.Levels([2, 3], [2, 2]), PairsOf.Levels([2, 3], [2, 3])),
        ];

        var result = PairedBootstrap.Compute(cases, p => LevelAgreement.Exact(p.ToList()), Options);

        Assert.Equal(0.5, result.A);
        Assert.Equal(1.0, result.B);
        Assert.Equal(0.5, result.Difference);
        Assert.NotNull(result.Interval);
        Assert.InRange(result.Interval.Lower, 0, 0.5);
        Assert.InRange(result.Interval.Upper, 0.5, 1);
    }

    [Fact]
    public void Resamples_cases_not_pairs_and_is_reproducible()
    {
        // In c1 B gains on both pairs at once; in c2 it loses on both. A case drawn brings both of its pairs,
        // so each resample's exact-agreement difference is a multiple of 1/4 (2 cases × 2 pairs).
        List<PairedCase> cases =
        [
            new("c1", PairsOf.Levels([1, 2], [0, 3]), PairsOf.Levels([1, 2], [1, 2])),
            new("c2", PairsOf.Levels([1, 2], [1, 2]), PairsOf.Levels([1, 2], [0, 3])),
        ];

        var first = PairedBootstrap.Compute(cases, p => LevelAgreement.Exact(p.ToList()), Options);
        var second = PairedBootstrap.Compute(cases, p => LevelAgreement.Exact(p.ToList()), Options);

        Assert.Equal(first, second);
        Assert.Equal(0, first.Difference);
        Assert.Equal(-1, first.Interval!.Lower);
        Assert.Equal(1, first.Interval.Upper);
    }

    [Fact]
    public void Has_no_interval_with_a_single_case()
    {
        var result = PairedBootstrap.Compute([new PairedCase("c1", Levels(1), Levels(2))], p => LevelAgreement.Exact(p.ToList()), Options);

        Assert.Null(result.Interval);
        Assert.NotNull(result.Difference);
    }

    private static List<LevelPair> Levels(int shift) => PairsOf.Levels([0, 1, 2, 3], [(0 + shift) % 4, 1, 2, (3 + shift) % 4]);
}
