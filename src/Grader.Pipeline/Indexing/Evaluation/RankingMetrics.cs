namespace Grader.Pipeline.Indexing.Evaluation;

/// <summary>How well one ranked list placed the relevant passages: reciprocal rank and hits at each cut-off.</summary>
public sealed record RankingScore(double ReciprocalRank, IReadOnlyDictionary<int, double> RecallAt)
{
    public static readonly IReadOnlyList<int> CutOffs = [1, 3, 5];

    /// <summary>
    /// Scores one ranking given, for each rank from 1, whether that passage is relevant. Recall@k is 1 when at
    /// least one relevant passage is in the top k (the evaluator needs one good passage per criterion, not all
    /// of them); the reciprocal rank is 1 / rank of the first relevant passage, 0 when none was returned.
    /// </summary>
    public static RankingScore FromRelevance(IReadOnlyList<bool> relevantAtRank)
    {
        var first = -1;
        for (var i = 0; i < relevantAtRank.Count; i++)
        {
            if (relevantAtRank[i])
            {
                first = i + 1;
                break;
            }
        }

        var recall = CutOffs.ToDictionary(k => k, k => first is > 0 && first <= k ? 1.0 : 0.0);
        return new RankingScore(first > 0 ? 1.0 / first : 0, recall);
    }

    /// <summary>The mean of several scores (over random seeds, cases or compétences); an empty list scores 0.</summary>
    public static RankingScore Mean(IReadOnlyCollection<RankingScore> scores)
    {
        if (scores.Count == 0)
        {
            return new RankingScore(0, CutOffs.ToDictionary(k => k, _ => 0.0));
        }

        return new RankingScore(
            scores.Average(s => s.ReciprocalRank),
            CutOffs.ToDictionary(k => k, k => scores.Average(s => s.RecallAt[k])));
    }
}
