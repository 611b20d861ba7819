using Grader.Pipeline.Indexing.Analysis;

namespace Grader.Pipeline.Evaluation.Offline;

/// <summary>
/// The distinct stems of a text through the index's French analyzer, so that « indicateurs de performance »
/// in a criterion meets « indicateur » and « performances » in the dossier exactly as retrieval does.
/// </summary>
public sealed class TermSet
{
    // Stems this short are mostly remnants of function words and numbers; they prove nothing.
    private const int MinimumStemLength = 3;

    private static readonly FrenchTextAnalyzer Analyzer = new();

    private TermSet(IReadOnlySet<string> terms) => Terms = terms;

    public IReadOnlySet<string> Terms { get; }

    public int Count => Terms.Count;

    public static TermSet Of(string text) => new(
        Analyzer.Analyze(text).Where(t => t.Length >= MinimumStemLength && !t.All(char.IsDigit)).ToHashSet(StringComparer.Ordinal));

    /// <summary>How many of this set's terms <paramref name="other"/> holds.</summary>
    public int FoundIn(TermSet other) => Terms.Count(other.Terms.Contains);

    /// <summary>Share of this set's terms found in <paramref name="other"/>; 0 for an empty set.</summary>
    public double CoverageIn(TermSet other) => Terms.Count == 0 ? 0 : (double)FoundIn(other) / Terms.Count;

    public static TermSet Union(IEnumerable<TermSet> sets) =>
        new(sets.SelectMany(s => s.Terms).ToHashSet(StringComparer.Ordinal));
}
