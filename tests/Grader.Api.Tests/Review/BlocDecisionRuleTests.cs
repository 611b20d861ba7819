using Grader.Api.Review;

namespace Grader.Api.Tests.Review;

public sealed class BlocDecisionRuleTests
{
    private const int AcquiredFrom = 2;

    private static List<(string Code, int? Level)> Levels(params int?[] levels) =>
        levels.Select((l, i) => ($"C.2.2.{i + 1}.", l)).ToList();

    [Fact]
    public void All_compétences_at_or_above_acquired_from_give_acquis()
    {
        var result = BlocDecisionRule.Compute(Levels(2, 3, 2, 2), AcquiredFrom, 1.0);

        Assert.Equal(BlocDecisions.Acquired, result.Decision);
        Assert.Equal((4, 4), (result.Acquired, result.Total));
        Assert.True(result.IsComplete);
    }

    [Fact]
    public void One_compétence_below_gives_non_acquis_when_all_are_required()
    {
        var result = BlocDecisionRule.Compute(Levels(2, 3, 1, 2), AcquiredFrom, 1.0);

        Assert.Equal(BlocDecisions.NotAcquired, result.Decision);
        Assert.Equal(3, result.Acquired);
    }

    [Theory]
    [InlineData(0.75, BlocDecisions.Acquired)]      // 3 of 4 = 0.75 exactly meets the threshold
    [InlineData(0.76, BlocDecisions.NotAcquired)]
    [InlineData(0.5, BlocDecisions.Acquired)]
    public void The_session_share_is_the_threshold(double share, string expected)
    {
        Assert.Equal(expected, BlocDecisionRule.Compute(Levels(2, 3, 0, 2), AcquiredFrom, share).Decision);
    }

    [Fact]
    public void Two_thirds_typed_as_a_rounded_share_still_counts()
    {
        Assert.Equal(BlocDecisions.Acquired, BlocDecisionRule.Compute(Levels(2, 2, 1), AcquiredFrom, 2.0 / 3.0).Decision);
    }

    [Fact]
    public void An_oral_compétence_without_level_leaves_the_bloc_undecided()
    {
        var result = BlocDecisionRule.Compute([("C.1.3.2.", 3), ("C.1.3.3.", null)], AcquiredFrom, 0.5);

        Assert.Null(result.Decision);
        Assert.Equal(["C.1.3.3."], result.Undecided);
        Assert.False(result.IsComplete);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-0.1)]
    [InlineData(1.01)]
    [InlineData(double.NaN)]
    public void A_share_outside_zero_one_is_invalid(double share)
    {
        Assert.False(BlocDecisionRule.IsValidShare(share));
    }

    [Theory]
    [InlineData("Acquis", BlocDecisions.Acquired)]
    [InlineData("non acquis", BlocDecisions.NotAcquired)]
    [InlineData("NON-ACQUIS", BlocDecisions.NotAcquired)]
    [InlineData("peut-être", null)]
    public void Bloc_decisions_are_read_leniently(string typed, string? expected)
    {
        Assert.Equal(expected, BlocDecisions.Parse(typed));
    }
}
