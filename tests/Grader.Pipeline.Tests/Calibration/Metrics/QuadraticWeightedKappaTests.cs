using Grader.Pipeline.Calibration.Metrics;

namespace Grader.Pipeline.Tests.Calibration.Metrics;

public sealed class QuadraticWeightedKappaTests
{
    [Fact]
    public void Matches_a_hand_computed_example()
    {
        // Scale 0–3, so k = 4 and w(i,j) = (i − j)² / 9.
        // Pairs (jury, Grader): (0,0) (1,1) (2,1) (3,2) (2,2) (1,2); n = 6.
        // Observed: differences 0,0,1,1,0,1 → Σ w·O = 3/9 = 1/3.
        // Marginals: jury h = (1,2,2,1), Grader a = (1,2,3,0). Σ (i − j)² h_i a_j:
        //   i=0: 1×(0·1 + 1·2 + 4·3) = 14;  i=1: 2×(1·1 + 0·2 + 1·3) = 8;
        //   i=2: 2×(4·1 + 1·2 + 0·3) = 12;  i=3: 1×(9·1 + 4·2 + 1·3) = 20;  total 54.
        // Σ w·E = 54 / (9 × 6) = 1, so κ = 1 − (1/3) / 1 = 2/3.
        var pairs = PairsOf.Levels([0, 1, 2, 3, 2, 1], [0, 1, 1, 2, 2, 2]);

        Assert.Equal(2.0 / 3, QuadraticWeightedKappa.Compute(pairs, PairsOf.Scale)!.Value, 12);
    }

    [Fact]
    public void Is_one_for_identical_levels()
    {
        var pairs = PairsOf.Levels([0, 1, 2, 3, 2, 1], [0, 1, 2, 3, 2, 1]);

        Assert.Equal(1.0, QuadraticWeightedKappa.Compute(pairs, PairsOf.Scale)!.Value, 12);
    }

    [Fact]
    public void Is_minus_one_for_reversed_levels()
    {
        // Observed Σ d² = 9 + 1 + 1 + 9 = 20; expected with uniform marginals: Σ over all 16 cells of (i − j)² / 4 = 40 / 4 = 10.
        // κ = 1 − 20 / 10 = −1 (the common 1/9 weight factor cancels).
        var pairs = PairsOf.Levels([0, 1, 2, 3], [3, 2, 1, 0]);

        Assert.Equal(-1.0, QuadraticWeightedKappa.Compute(pairs, PairsOf.Scale)!.Value, 12);
    }

    [Fact]
    public void Is_zero_when_the_observed_table_equals_chance()
    {
        // Every (jury, Grader) combination of {0,1} once: O = E cell by cell.
        var pairs = PairsOf.Levels([0, 0, 1, 1], [0, 1, 0, 1]);

        Assert.Equal(0.0, QuadraticWeightedKappa.Compute(pairs, PairsOf.Scale)!.Value, 12);
    }

    [Fact]
    public void Is_near_zero_for_independent_raters()
    {
        var random = new Random(7);
        var pairs = Enumerable.Range(0, 5000).Select(_ => new LevelPair(random.Next(4), random.Next(4))).ToList();

        Assert.InRange(QuadraticWeightedKappa.Compute(pairs, PairsOf.Scale)!.Value, -0.05, 0.05);
    }

    [Fact]
    public void Is_zero_when_one_rater_is_constant_and_the_other_varies()
    {
        var pairs = PairsOf.Levels([0, 1, 2, 3], [2, 2, 2, 2]);

        Assert.Equal(0.0, QuadraticWeightedKappa.Compute(pairs, PairsOf.Scale)!.Value, 12);
    }

    [Fact]
    public void Is_undefined_when_both_raters_use_one_and_the_same_level()
    {
        var pairs = PairsOf.Levels([2, 2, 2], [2, 2, 2]);

        Assert.Null(QuadraticWeightedKappa.Compute(pairs, PairsOf.Scale));
    }

    [Fact]
    public void Is_undefined_without_pairs_or_on_a_one_level_scale()
    {
        Assert.Null(QuadraticWeightedKappa.Compute([], PairsOf.Scale));
        Assert.Null(QuadraticWeightedKappa.Compute(PairsOf.Levels([1], [1]), new LevelRange(1, 1)));
    }

    [Fact]
    public void Weighs_on_the_whole_scale_not_only_the_levels_used()
    {
        // Same pairs, wider scale: the weights (i − j)²/(k − 1)² change by a common factor that cancels,
        // so kappa is unchanged — the scale matters for validation and the matrix, not for the value.
        var pairs = PairsOf.Levels([0, 1, 1, 0], [0, 1, 0, 0]);

        Assert.Equal(
            QuadraticWeightedKappa.Compute(pairs, new LevelRange(0, 1))!.Value,
            QuadraticWeightedKappa.Compute(pairs, PairsOf.Scale)!.Value, 12);
    }

    [Fact]
    public void Rejects_a_level_off_the_scale()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => QuadraticWeightedKappa.Compute(PairsOf.Levels([4], [1]), PairsOf.Scale));
    }
}
