using System.Text;

namespace Grader.Pipeline.Indexing.Evaluation;

/// <summary>
/// Decides whether a retrieved passage holds a labelled evidence quote. Labels are typed by people and
/// passages come out of a PDF, so both are compared as words: case, no-break spaces, typographic
/// apostrophes and punctuation do not count. A quote cut by a chunk boundary still counts when the passage
/// holds a long enough run of it, in order.
/// </summary>
public static class EvidenceMatcher
{
    /// <summary>Share of the quote's words that must appear as one contiguous run in the passage (a quote cut in two).</summary>
    public const double DefaultMinimumOverlap = 0.6;

    public static bool IsRelevant(string passage, IEnumerable<string> quotes, double minimumOverlap = DefaultMinimumOverlap)
    {
        var passageWords = Words(passage);
        return quotes.Any(q => Overlap(passageWords, Words(q)) >= minimumOverlap);
    }

    /// <summary>
    /// The longest run of the quote's words found contiguously in the passage, as a share of the quote's
    /// length: 1 when the passage contains the quote. A contiguous run, not any subsequence: scattered
    /// function words (« de », « la ») would otherwise match in any long passage.
    /// </summary>
    public static double Overlap(string passage, string quote) => Overlap(Words(passage), Words(quote));

    /// <summary>Words in lower case, apostrophes unified, split on anything that is not a letter or a digit.</summary>
    public static IReadOnlyList<string> Words(string text)
    {
        var words = new List<string>();
        var current = new StringBuilder();
        foreach (var character in text.Normalize(NormalizationForm.FormC))
        {
            if (char.IsLetterOrDigit(character))
            {
                current.Append(char.ToLowerInvariant(character));
            }
            else if (current.Length > 0)
            {
                // Every separator — space, no-break space (U+00A0, U+202F), ’ or ', punctuation — ends a word.
                words.Add(current.ToString());
                current.Clear();
            }
        }

        if (current.Length > 0)
        {
            words.Add(current.ToString());
        }

        return words;
    }

    private static double Overlap(IReadOnlyList<string> passage, IReadOnlyList<string> quote)
    {
        if (quote.Count == 0 || passage.Count == 0)
        {
            return 0;
        }

        // Longest common substring over words, dynamic programming with one rolling row.
        var previous = new int[quote.Count + 1];
        var current = new int[quote.Count + 1];
        var longest = 0;
        foreach (var word in passage)
        {
            for (var j = 1; j <= quote.Count; j++)
            {
                current[j] = string.Equals(word, quote[j - 1], StringComparison.Ordinal) ? previous[j - 1] + 1 : 0;
                longest = Math.Max(longest, current[j]);
            }

            (previous, current) = (current, previous);
        }

        return (double)longest / quote.Count;
    }
}
