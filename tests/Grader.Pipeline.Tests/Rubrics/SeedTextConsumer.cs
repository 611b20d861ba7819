using System.Text;
using System.Text.RegularExpressions;

namespace Grader.Pipeline.Tests.Rubrics;

/// <summary>
/// The référentiel's source text, normalised (whitespace runs → one space, words hyphenated across a line
/// break joined), from which the fidelity test removes every text the rubric holds. Whatever is left at the
/// end is source text the rubric forgot. Removed spans become a separator so that no new adjacency can
/// match across them.
/// </summary>
internal sealed partial class SeedTextConsumer
{
    private const char Consumed = '\u0001';
    private readonly StringBuilder _text;

    public SeedTextConsumer(string rawSource)
    {
        Normalized = Normalize(rawSource);
        _text = new StringBuilder(Normalized);
    }

    /// <summary>The normalised source, before anything was consumed.</summary>
    public string Normalized { get; }

    public static string Normalize(string text)
    {
        var joined = HyphenatedLineBreak().Replace(text.Replace("\r", string.Empty, StringComparison.Ordinal), "$1-$2");
        return Whitespace().Replace(joined, " ").Trim();
    }

    /// <summary>Removes <paramref name="text"/> where it stands whole; false when it is not in the remaining source.</summary>
    public bool ConsumeWhole(string text)
    {
        var wanted = Normalize(text);
        var at = FindAtWordBoundary(_text.ToString(), wanted);
        if (at < 0)
        {
            return false;
        }

        Remove(at, wanted.Length);
        return true;
    }

    /// <summary>
    /// Removes <paramref name="text"/> as consecutive fragments, for texts that the PDF extraction cut with
    /// another column's text: each step takes the longest prefix (in words) still present in the source.
    /// Returns the fragments taken, or null when some part of the text is nowhere in the source.
    /// </summary>
    public IReadOnlyList<string>? ConsumeInFragments(string text)
    {
        var words = Normalize(text).Split(' ');
        var fragments = new List<string>();
        var start = 0;
        while (start < words.Length)
        {
            var current = _text.ToString();
            var (low, high) = (0, words.Length - start);
            while (low < high)
            {
                // Invariant: a prefix of `low` words is present; find the largest.
                var middle = (low + high + 1) / 2;
                if (FindAtWordBoundary(current, string.Join(' ', words, start, middle)) >= 0)
                {
                    low = middle;
                }
                else
                {
                    high = middle - 1;
                }
            }

            if (low == 0)
            {
                return null;
            }

            var fragment = string.Join(' ', words, start, low);
            Remove(FindAtWordBoundary(current, fragment), fragment.Length);
            fragments.Add(fragment);
            start += low;
        }

        return fragments;
    }

    /// <summary>What is left once bullets, dashes, punctuation and separators are ignored.</summary>
    public string Leftover()
    {
        var withoutNoise = Noise().Replace(_text.ToString(), " ");
        return Whitespace().Replace(withoutNoise, " ").Trim();
    }

    private void Remove(int at, int length)
    {
        _text.Remove(at, length);
        _text.Insert(at, Consumed);
    }

    private static int FindAtWordBoundary(string haystack, string needle)
    {
        for (var at = haystack.IndexOf(needle, StringComparison.Ordinal); at >= 0; at = haystack.IndexOf(needle, at + 1, StringComparison.Ordinal))
        {
            var beforeOk = at == 0 || !char.IsLetterOrDigit(haystack[at - 1]) || !char.IsLetterOrDigit(needle[0]);
            var end = at + needle.Length;
            var afterOk = end == haystack.Length || !char.IsLetterOrDigit(haystack[end]) || !char.IsLetterOrDigit(needle[^1]);
            if (beforeOk && afterOk)
            {
                return at;
            }
        }

        return -1;
    }

    [GeneratedRegex(@"(\p{L})-[ \t]*\n\s*(\p{Ll})")]
    private static partial Regex HyphenatedLineBreak();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    // Bullet glyph of the source (U+F0B7), dashes, punctuation left between consumed texts, and separators.
    [GeneratedRegex(@"[\u0001\uF0B7\-–—,.;:]")]
    private static partial Regex Noise();
}
