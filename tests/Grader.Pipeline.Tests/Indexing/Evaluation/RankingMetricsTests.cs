using Grader.Pipeline.Indexing.Evaluation;

namespace Grader.Pipeline.Tests.Indexing.Evaluation;

public sealed class RankingMetricsTests
{
    [Fact]
    public void First_relevant_at_rank_two_gives_half_reciprocal_rank_and_hits_from_three()
    {
        var score = RankingScore.FromRelevance([false, true, false, true]);

        Assert.Equal(0.5, score.ReciprocalRank);
        Assert.Equal(0, score.RecallAt[1]);
        Assert.Equal(1, score.RecallAt[3]);
        Assert.Equal(1, score.RecallAt[5]);
    }

    [Fact]
    public void Relevant_only_at_rank_four_misses_recall_at_three_but_not_at_five()
    {
        var score = RankingScore.FromRelevance([false, false, false, true, false]);

        Assert.Equal(0.25, score.ReciprocalRank);
        Assert.Equal(0, score.RecallAt[3]);
        Assert.Equal(1, score.RecallAt[5]);
    }

    [Fact]
    public void No_relevant_passage_scores_zero_everywhere()
    {
        var score = RankingScore.FromRelevance([false, false]);

        Assert.Equal(0, score.ReciprocalRank);
        Assert.All(score.RecallAt.Values, v => Assert.Equal(0, v));
    }

    [Fact]
    public void The_mean_averages_each_figure()
    {
        var mean = RankingScore.Mean([RankingScore.FromRelevance([true]), RankingScore.FromRelevance([false, false, false, true])]);

        Assert.Equal((1 + 0.25) / 2, mean.ReciprocalRank);
        Assert.Equal(0.5, mean.RecallAt[1]);
        Assert.Equal(0.5, mean.RecallAt[3]);
        Assert.Equal(1, mean.RecallAt[5]);
        Assert.Equal(0, RankingScore.Mean([]).ReciprocalRank);
    }
}
