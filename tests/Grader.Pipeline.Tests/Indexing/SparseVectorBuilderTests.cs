using Grader.Pipeline.Indexing.Analysis;

namespace Grader.Pipeline.Tests.Indexing;

public sealed class SparseVectorBuilderTests
{
    [Fact]
    public void Fnv1a_hash_matches_the_reference_values()
    {
        // Reference values of 32-bit FNV-1a: "" → offset basis, "a" → 0xE40C292C, "foobar" → 0xBF9CF968.
        Assert.Equal(2166136261u, TermHasher.Hash(""));
        Assert.Equal(0xE40C292Cu, TermHasher.Hash("a"));
        Assert.Equal(0xBF9CF968u, TermHasher.Hash("foobar"));
    }

    [Fact]
    public void Chunk_vector_has_sorted_distinct_indices_and_saturated_frequencies()
    {
        var terms = new[] { "budget", "prevision", "budget", "budget" };

        var vector = SparseVectorBuilder.ForChunk(terms, averageChunkLength: 4);

        Assert.Equal(2, vector.Indices.Length);
        Assert.True(vector.Indices[0] < vector.Indices[1]);
        var budget = vector.Values[Array.IndexOf(vector.Indices, TermHasher.Hash("budget"))];
        var prevision = vector.Values[Array.IndexOf(vector.Indices, TermHasher.Hash("prevision"))];

        // BM25 with k1 = 1.2, b = 0.75 and a chunk of average length: tf·2.2 / (tf + 1.2).
        Assert.Equal(3 * 2.2 / (3 + 1.2), budget, 5);
        Assert.Equal(1 * 2.2 / (1 + 1.2), prevision, 5);
        Assert.True(budget < 3 * prevision, "saturation: three occurrences weigh less than three times one");
    }

    [Fact]
    public void Query_vector_counts_terms()
    {
        var vector = SparseVectorBuilder.ForQuery(["veill", "concurrentiel", "veill"]);

        Assert.Equal(2f, vector.Values[Array.IndexOf(vector.Indices, TermHasher.Hash("veill"))]);
        Assert.Equal(1f, vector.Values[Array.IndexOf(vector.Indices, TermHasher.Hash("concurrentiel"))]);
    }

    [Fact]
    public void Empty_terms_give_an_empty_vector()
    {
        Assert.True(SparseVectorBuilder.ForQuery([]).IsEmpty);
        Assert.True(SparseVectorBuilder.ForChunk([], 10).IsEmpty);
    }
}
