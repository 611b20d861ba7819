namespace Grader.Pipeline.Indexing;

/// <summary>
/// What an index can do right now. <see cref="Notes"/> are French sentences for operators, e.g. that hybrid
/// search runs as lexical search because no embedding model is configured.
/// </summary>
public sealed record IndexHealth(
    bool Healthy,
    string Provider,
    bool DenseSearchAvailable,
    string? EmbeddingModel,
    IReadOnlyList<string> Notes);
