using Grader.Pipeline.Indexing.Analysis;
using Grader.Pipeline.Rubrics;

namespace Grader.Pipeline.Indexing.Queries;

/// <summary>
/// The words a référentiel uses for nearly every compétence (« commercial », « développement », « plan »,
/// « stratégie »…). In a query they do not say which compétence is meant, yet they match the dossier's
/// cover page and title, which restate the certification's name; dropping them from queries leaves the words
/// that tell one compétence from another. Computed from the rubric alone, never from labelled dossiers.
/// </summary>
public sealed class RubricVocabulary
{
    /// <summary>
    /// A term found in at least this share of the rubric's compétences (text and criteria) is generic. 0.25 is
    /// the middle of the range that helped on the retrieval benchmark (0.15 to 0.25; docs/performance.md), not its best point.
    /// </summary>
    public const double DefaultGenericShare = 0.25;

    private readonly HashSet<string> genericTerms;

    public RubricVocabulary(IEnumerable<Competence> competences, ITextAnalyzer analyzer, double genericShare = DefaultGenericShare)
    {
        Analyzer = analyzer;
        var termSets = competences
            .Select(c => analyzer.Analyze(c.Text + " " + string.Join(" ", c.AllCriteria().Select(k => k.Text))).ToHashSet(StringComparer.Ordinal))
            .ToList();
        var threshold = Math.Max(2, genericShare * termSets.Count);
        genericTerms = termSets
            .SelectMany(t => t)
            .GroupBy(t => t, StringComparer.Ordinal)
            .Where(g => g.Count() >= threshold)
            .Select(g => g.Key)
            .ToHashSet(StringComparer.Ordinal);
    }

    public ITextAnalyzer Analyzer { get; }

    public IReadOnlyCollection<string> GenericTerms => genericTerms;

    /// <summary>
    /// The query without its generic words, kept as words (not terms) so that every index analyses it its own
    /// way. A query made only of generic words is returned whole rather than emptied.
    /// </summary>
    public string WithoutGenericWords(string query)
    {
        var words = query.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var kept = words.Where(w => Analyzer.Analyze(w) is var terms && (terms.Count == 0 || terms.Any(t => !genericTerms.Contains(t)))).ToList();
        var meaningful = kept.Any(w => Analyzer.Analyze(w).Count > 0);
        return meaningful ? string.Join(' ', kept) : query;
    }
}
