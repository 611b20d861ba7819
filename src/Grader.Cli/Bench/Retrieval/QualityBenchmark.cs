using Grader.Pipeline.Indexing;
using Grader.Pipeline.Indexing.Evaluation;

namespace Grader.Cli.Bench.Retrieval;

/// <summary>
/// Runs every labelled compétence's queries against every case under each configuration and judges the
/// full ranking with <see cref="EvidenceMatcher"/>. The whole ranking is requested (top k = all chunks) so
/// that the reciprocal rank is exact, not cut at five.
/// </summary>
internal sealed class QualityBenchmark(IChunkIndex plainIndex, IChunkIndex frenchIndex, int seeds)
{
    public async Task IndexAsync(IReadOnlyList<PreparedCase> cases, CancellationToken cancellationToken)
    {
        foreach (var prepared in cases)
        {
            await plainIndex.UpsertAsync(prepared.DossierId, prepared.Chunks, cancellationToken);
            await frenchIndex.UpsertAsync(prepared.DossierId, prepared.Chunks, cancellationToken);
        }
    }

    public async Task<QualityResult> RunAsync(RetrievalConfiguration configuration, IReadOnlyList<PreparedCase> cases, CancellationToken cancellationToken)
    {
        var scored = new List<(string Code, RankingScore Score)>();
        foreach (var prepared in cases)
        {
            foreach (var question in prepared.Questions)
            {
                var score = configuration.Index == BenchIndex.None
                    ? RandomScore(prepared, question)
                    : await SearchScoreAsync(configuration, prepared, question, cancellationToken);
                scored.Add((question.Code, score));
            }
        }

        var perCompetence = scored
            .GroupBy(s => s.Code, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new CompetenceScore(g.Key, g.Count(), RankingScore.Mean(g.Select(s => s.Score).ToList())))
            .ToList();
        return new QualityResult(configuration, RankingScore.Mean(scored.Select(s => s.Score).ToList()), scored.Count, perCompetence);
    }

    private async Task<RankingScore> SearchScoreAsync(
        RetrievalConfiguration configuration, PreparedCase prepared, CompetenceQuestion question, CancellationToken cancellationToken)
    {
        var index = configuration.Index == BenchIndex.Plain ? plainIndex : frenchIndex;
        var hits = await index.SearchAsync(
            new SearchRequest(prepared.DossierId, question.Queries, prepared.Chunks.Count, configuration.Mode), cancellationToken);
        return RankingScore.FromRelevance(hits.Select(h => EvidenceMatcher.IsRelevant(h.Text, question.Quotes)).ToList());
    }

    // The expected score of a juror picking passages blindly, estimated over fixed seeds so runs compare.
    private RankingScore RandomScore(PreparedCase prepared, CompetenceQuestion question)
    {
        var relevance = prepared.Chunks.Select(c => EvidenceMatcher.IsRelevant(c.Text, question.Quotes)).ToArray();
        var scores = new List<RankingScore>();
        for (var seed = 1; seed <= seeds; seed++)
        {
            var shuffled = (bool[])relevance.Clone();
            new Random(seed).Shuffle(shuffled);
            scores.Add(RankingScore.FromRelevance(shuffled));
        }

        return RankingScore.Mean(scores);
    }
}
