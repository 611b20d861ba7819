namespace Grader.Pipeline.Indexing.Analysis;

/// <summary>
/// Builds the "bm25" sparse vectors of the Qdrant index from analyzed terms.
/// </summary>
/// <remarks>
/// A chunk's value for a term is BM25's saturated, length-normalised term frequency (computed with the
/// dossier's average chunk length, known at upsert because a dossier is always indexed whole); the query's
/// value is how often the term occurs in the query. Qdrant's <c>Modifier.Idf</c> multiplies in the IDF at
/// query time, so the dot product is exactly the BM25 score — the same score the embedded index computes,
/// except that Qdrant counts document frequencies over the whole collection rather than one dossier.
/// Raw term frequencies would let a chunk that repeats a word twenty times outrank a focused one.
/// </remarks>
public static class SparseVectorBuilder
{
    public static SparseVector ForChunk(IReadOnlyList<string> terms, double averageChunkLength)
    {
        var weights = new SortedDictionary<uint, float>();
        foreach (var (term, frequency) in CountTerms(terms))
        {
            var weight = (float)Bm25.SaturatedTermFrequency(frequency, terms.Count, averageChunkLength);
            Accumulate(weights, TermHasher.Hash(term), weight);
        }

        return ToVector(weights);
    }

    public static SparseVector ForQuery(IReadOnlyList<string> terms)
    {
        var weights = new SortedDictionary<uint, float>();
        foreach (var (term, frequency) in CountTerms(terms))
        {
            Accumulate(weights, TermHasher.Hash(term), frequency);
        }

        return ToVector(weights);
    }

    public static Dictionary<string, int> CountTerms(IReadOnlyList<string> terms)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var term in terms)
        {
            counts[term] = counts.GetValueOrDefault(term) + 1;
        }

        return counts;
    }

    // Two terms hashing to one index share it: Qdrant rejects duplicate indices in one vector.
    private static void Accumulate(SortedDictionary<uint, float> weights, uint index, float weight) =>
        weights[index] = weights.GetValueOrDefault(index) + weight;

    private static SparseVector ToVector(SortedDictionary<uint, float> weights) =>
        weights.Count == 0 ? SparseVector.Empty : new SparseVector([.. weights.Keys], [.. weights.Values]);
}
