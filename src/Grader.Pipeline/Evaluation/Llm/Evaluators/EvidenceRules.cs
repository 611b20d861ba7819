using Grader.Pipeline.Indexing;

namespace Grader.Pipeline.Evaluation.Llm;

/// <summary>Rules every answer's quotes must follow, phrased in French for the repair message.</summary>
internal static class EvidenceRules
{
    public static IEnumerable<string> Check(IEnumerable<EvidenceQuote> quotes, IReadOnlyList<SearchHit> passages)
    {
        var known = passages.Select(p => p.ChunkId).ToHashSet(StringComparer.Ordinal);
        foreach (var quote in quotes)
        {
            if (string.IsNullOrWhiteSpace(quote.Quote))
            {
                yield return $"une citation de l’extrait « {quote.ChunkId} » est vide";
            }

            if (!known.Contains(quote.ChunkId))
            {
                yield return $"le chunkId « {quote.ChunkId} » ne fait pas partie des extraits fournis";
            }
        }
    }
}
