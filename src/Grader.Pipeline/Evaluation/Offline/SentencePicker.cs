using System.Text.RegularExpressions;
using LlmQuote = Grader.Pipeline.Evaluation.Llm.EvidenceQuote;

namespace Grader.Pipeline.Evaluation.Offline;

/// <summary>
/// Picks the sentences to quote: cut from the passage's own text (never retyped), so that every quote is an
/// exact substring of its chunk and verifies; the sentence with the most of the wanted terms wins.
/// </summary>
public static partial class SentencePicker
{
    private const int MinimumLength = 30;
    private const int MaximumLength = 320;

    // A heading (« Moyens humains et prévisions de dépenses ») names a topic without showing anything.
    private const int MinimumWords = 8;

    public static IReadOnlyList<LlmQuote> Pick(IEnumerable<PassageFinding> passages, TermSet wanted, int count)
    {
        var quotes = new List<LlmQuote>();
        foreach (var passage in passages)
        {
            var best = Sentences(passage.Hit.Text)
                .Select(s => (Sentence: s, Score: wanted.FoundIn(TermSet.Of(s))))
                .Where(s => s.Score > 0)
                .OrderByDescending(s => s.Score)
                .ThenBy(s => s.Sentence.Length)
                .Select(s => s.Sentence)
                .FirstOrDefault();
            if (best is not null && quotes.All(q => q.Quote != best))
            {
                quotes.Add(new LlmQuote { ChunkId = passage.Hit.ChunkId, Quote = best });
            }

            if (quotes.Count >= count)
            {
                break;
            }
        }

        return quotes;
    }

    /// <summary>The passage's sentences (and list items, and table rows), trimmed, as they appear in it.</summary>
    public static IEnumerable<string> Sentences(string text) =>
        SentenceEnd().Split(text)
            .Select(s => s.Trim())
            .Where(s => s.Length is >= MinimumLength and <= MaximumLength
                && s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length >= MinimumWords);

    // After a full stop, question or exclamation mark followed by a space, or at a line break.
    [GeneratedRegex(@"(?<=[.!?…])\s+|\n+")]
    private static partial Regex SentenceEnd();
}
