namespace Grader.Pipeline.Indexing.Analysis;

/// <summary>
/// Turns text into the terms that lexical search counts. Documents and queries must go through the same
/// analyzer, and both index backends use the same one, so that they rank alike.
/// </summary>
public interface ITextAnalyzer
{
    /// <summary>Stable name, stored with an index so that a dossier analysed differently is re-indexed.</summary>
    string Name { get; }

    /// <summary>The terms of <paramref name="text"/>, in order, repeated as often as they occur.</summary>
    IReadOnlyList<string> Analyze(string text);
}
