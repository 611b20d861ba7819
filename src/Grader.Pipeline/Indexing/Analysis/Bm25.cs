namespace Grader.Pipeline.Indexing.Analysis;

/// <summary>
/// Okapi BM25 weighting (k1 = 1.2, b = 0.75), written once so the embedded index and the Qdrant sparse
/// vectors weight terms identically. The IDF formula is the non-negative one that Lucene and Qdrant's
/// <c>Modifier.Idf</c> both use: ln(1 + (N − df + 0.5) / (df + 0.5)).
/// </summary>
public static class Bm25
{
    public const double K1 = 1.2;
    public const double B = 0.75;

    /// <summary>The term-frequency part of BM25, saturated and normalised by the chunk's length.</summary>
    public static double SaturatedTermFrequency(int termFrequency, int chunkLength, double averageChunkLength)
    {
        if (termFrequency <= 0)
        {
            return 0;
        }

        var lengthRatio = averageChunkLength > 0 ? chunkLength / averageChunkLength : 1;
        return termFrequency * (K1 + 1) / (termFrequency + (K1 * (1 - B + (B * lengthRatio))));
    }

    public static double InverseDocumentFrequency(int documentCount, int documentFrequency) =>
        Math.Log(1 + ((documentCount - documentFrequency + 0.5) / (documentFrequency + 0.5)));
}
