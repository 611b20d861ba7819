namespace Grader.Pipeline.Indexing;

/// <summary>
/// Reciprocal rank fusion (Cormack et al., 2009): score(d) = Σ 1 / (k + rank(d)), ranks from 1. It needs no
/// score calibration between BM25 and cosine similarity, which is why both hybrid search and multi-query
/// search use it. k = 60 is the paper's value; Qdrant's own default is k = 2 (a single list's top hit then
/// outweighs agreement between lists), so the Qdrant index asks for k = 60 explicitly and both backends fuse alike.
/// </summary>
public static class ReciprocalRankFusion
{
    public const int DefaultK = 60;

    /// <summary>Fuses ranked lists of ids; ties keep the order of first appearance, so results are deterministic.</summary>
    public static IReadOnlyList<(string Id, double Score)> Fuse(IEnumerable<IReadOnlyList<string>> rankings, int k = DefaultK)
    {
        var scores = new Dictionary<string, double>(StringComparer.Ordinal);
        var firstSeen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var ranking in rankings)
        {
            for (var position = 0; position < ranking.Count; position++)
            {
                var id = ranking[position];
                scores[id] = scores.GetValueOrDefault(id) + (1.0 / (k + position + 1));
                firstSeen.TryAdd(id, firstSeen.Count);
            }
        }

        return scores
            .OrderByDescending(pair => pair.Value)
            .ThenBy(pair => firstSeen[pair.Key])
            .Select(pair => (pair.Key, pair.Value))
            .ToList();
    }
}
