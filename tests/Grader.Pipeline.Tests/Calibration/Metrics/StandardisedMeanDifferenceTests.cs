using Grader.Pipeline.Calibration.Metrics;

namespace Grader.Pipeline.Tests.Calibration.Metrics;

public sealed class StandardisedMeanDifferenceTests
{
    [Fact]
    public void Matches_a_hand_computed_example()
    {
        // Jury 1,2,3,2 (mean 2, s² = (1 + 0 + 1 + 0) / 3 = 2/3); Grader 2,2,3,3 (mean 2.5, s² = 4 × 0.25 / 3 = 1/3).
        // Pooled SD = √((1/3 + 2/3) / 2) = √0.5; SMD = 0.5 / √0.5 = √0.5 ≈ 0.7071: Grader grades higher.
        var pairs = PairsOf.Levels([1, 2, 3, 2], [2, 2, 3, 3]);

        Assert.Equal(Math.Sqrt(0.5), StandardisedMeanDifference.Compute(pairs)!.Value, 12);
    }

    [Fact]
    public void Is_negative_when_grader_is_harsher()
    {
        var pairs = PairsOf.Levels([2, 2, 3, 3], [1, 2, 3, 2]);

        Assert.Equal(-Math.Sqrt(0.5), StandardisedMeanDifference.Compute(pairs)!.Value, 12);
    }

    [Fact]
    public void Is_zero_when_both_are_constant_at_the_same_level() =>
        Assert.Equal(0.0, StandardisedMeanDifference.Compute(PairsOf.Levels([2, 2], [2, 2])));

    [Fact]
    public void Is_undefined_when_both_are_constant_at_different_levels_or_with_one_pair()
    {
        Assert.Null(StandardisedMeanDifference.Compute(PairsOf.Levels([1, 1], [2, 2])));
        Assert.Null(StandardisedMeanDifference.Compute(PairsOf.Levels([1], [2])));
    }
}
