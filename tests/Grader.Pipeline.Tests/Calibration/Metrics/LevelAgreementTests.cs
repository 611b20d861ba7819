using Grader.Pipeline.Calibration.Metrics;

namespace Grader.Pipeline.Tests.Calibration.Metrics;

public sealed class LevelAgreementTests
{
    // Differences |AI − jury|: 2, 0, 2, 1.
    private static readonly List<LevelPair> Pairs = PairsOf.Levels([0, 1, 3, 2], [2, 1, 1, 3]);

    [Fact]
    public void Exact_agreement_is_the_share_of_equal_levels() => Assert.Equal(0.25, LevelAgreement.Exact(Pairs));

    [Fact]
    public void Adjacent_agreement_counts_differences_of_at_most_one() => Assert.Equal(0.5, LevelAgreement.Adjacent(Pairs));

    [Fact]
    public void Mean_absolute_error_averages_the_differences() => Assert.Equal(1.25, LevelAgreement.MeanAbsoluteError(Pairs));

    [Fact]
    public void Without_pairs_every_figure_is_undefined()
    {
        Assert.Null(LevelAgreement.Exact([]));
        Assert.Null(LevelAgreement.Adjacent([]));
        Assert.Null(LevelAgreement.MeanAbsoluteError([]));
    }
}
