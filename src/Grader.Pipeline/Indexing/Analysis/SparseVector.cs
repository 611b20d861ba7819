namespace Grader.Pipeline.Indexing.Analysis;

/// <summary>A sparse vector as Qdrant takes it: ascending, distinct indices and their values.</summary>
public sealed record SparseVector(uint[] Indices, float[] Values)
{
    public static SparseVector Empty { get; } = new([], []);

    public bool IsEmpty => Indices.Length == 0;
}
