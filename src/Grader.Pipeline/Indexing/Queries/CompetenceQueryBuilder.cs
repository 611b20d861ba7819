using System.Text.RegularExpressions;
using Grader.Pipeline.Indexing.Analysis;
using Grader.Pipeline.Rubrics;

namespace Grader.Pipeline.Indexing.Queries;

/// <summary>
/// The retrieval queries for one compétence: its text condensed, each criterion sentence, and the rubric's
/// signals. The index ranks each query and fuses the rankings (RRF), so a passage that answers several of
/// them rises, and one that answers a single criterion well is still found.
/// </summary>
/// <param name="vocabulary">When given, the rubric's generic words are dropped from every query (see <see cref="RubricVocabulary"/>).</param>
public sealed partial class CompetenceQueryBuilder(RubricVocabulary? vocabulary = null)
{
    /// <summary>The builder the evaluator should use: the rubric's generic words dropped, with the index's French analysis.</summary>
    public static CompetenceQueryBuilder ForRubric(Rubric rubric, double genericShare = RubricVocabulary.DefaultGenericShare) =>
        new(genericShare > 0 ? new RubricVocabulary(rubric.Competences, new FrenchTextAnalyzer(), genericShare) : null);

    /// <summary>The queries in a stable order: compétence, criteria (nested items included), the signals as one query; no blanks, no duplicates.</summary>
    public IReadOnlyList<string> Build(Competence competence)
    {
        var queries = new List<string> { Condense(competence.Text) };
        queries.AddRange(competence.AllCriteria().Select(c => Normalise(c.Text)));
        if (competence.Signals.Count > 0)
        {
            // All signals form one query: a dozen short phrases ranked apart would outvote the compétence
            // and its criteria in the fusion; together they rank the passages that use the usual vocabulary.
            queries.Add(Normalise(string.Join(' ', competence.Signals)));
        }

        return queries
            .Select(q => vocabulary is null ? q : vocabulary.WithoutGenericWords(q))
            .Where(q => q.Length > 0)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
    }

    /// <summary>
    /// The compétence's action and complements without its « afin de … » purpose clause: the purpose says why
    /// the skill matters (« afin de développer la performance de l’organisation »), not what a dossier shows,
    /// and its generic words would pull in every passage that mentions performance or the organisation.
    /// The clause runs to the next comma, because the référentiel sometimes continues with another complement
    /// (« …, tout en assurant une coordination efficace… »).
    /// </summary>
    public static string Condense(string competenceText)
    {
        var text = Normalise(competenceText);
        var condensed = PurposeClause().Replace(text, match => match.Value.EndsWith(',') ? "," : string.Empty);
        return TrailingPunctuation().Replace(Normalise(condensed).Replace(", ,", ",", StringComparison.Ordinal), string.Empty);
    }

    private static string Normalise(string text) => Whitespace().Replace(text, " ").Trim();

    // « afin de », « afin d’ » or « afin d' », up to and including the next comma, or to the end.
    [GeneratedRegex(@",?\s*afin\s+d(?:e\s|['’])[^,]*,?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PurposeClause();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"[\s,;.]+$")]
    private static partial Regex TrailingPunctuation();
}
