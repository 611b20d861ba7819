using System.Text.RegularExpressions;

namespace Grader.Pipeline.Chunking;

/// <summary>
/// Splits a long passage at sentence ends, and a sentence still too long at spaces. French abbreviations
/// ("M. Dupont", "cf. annexe", "etc. Puis") do not end a sentence.
/// </summary>
internal static partial class SentenceSplitter
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "m", "mm", "mme", "mlle", "dr", "pr", "me", "st", "ste", "cf", "ex", "p", "pp", "art", "etc", "env", "vol", "n°", "no", "fig", "tab", "av", "bd", "mr", "mrs", "vs",
    };

    /// <summary>Sentence spans (start, end) relative to <paramref name="text"/>, trailing spaces excluded.</summary>
    public static IEnumerable<(int Start, int End)> Sentences(string text)
    {
        var start = 0;
        foreach (Match boundary in Boundary().Matches(text))
        {
            if (IsAbbreviation(text, boundary.Index))
            {
                continue;
            }

            yield return (start, boundary.Index);
            start = boundary.Index + boundary.Length;
        }

        if (start < text.Length)
        {
            yield return (start, text.Length);
        }
    }

    /// <summary>Splits at spaces into pieces of at most about <paramref name="maxTokens"/> tokens.</summary>
    public static IEnumerable<(int Start, int End)> Pieces(string text, int start, int end, int maxTokens)
    {
        var pieceStart = start;
        var words = 0;
        var inWord = false;
        for (var i = start; i < end; i++)
        {
            var wordChar = char.IsLetterOrDigit(text[i]);
            if (wordChar && !inWord)
            {
                if ((words + 1) * TokenEstimator.TokensPerWord > maxTokens && words > 0)
                {
                    var space = i - 1;
                    while (space > pieceStart && !char.IsWhiteSpace(text[space]))
                    {
                        space--;
                    }

                    // A piece without any space (a very long URL) cannot be cut cleanly: it stays whole.
                    if (space > pieceStart)
                    {
                        yield return (pieceStart, space);
                        pieceStart = space;
                        while (pieceStart < end && char.IsWhiteSpace(text[pieceStart]))
                        {
                            pieceStart++;
                        }

                        words = 0;
                    }
                }

                words++;
            }

            inWord = wordChar;
        }

        if (pieceStart < end)
        {
            yield return (pieceStart, end);
        }
    }

    private static bool IsAbbreviation(string text, int boundaryIndex)
    {
        var periodIndex = boundaryIndex - 1;
        while (periodIndex > 0 && text[periodIndex] is '»' or '”' or '"' or '\'' or ')')
        {
            periodIndex--;
        }

        if (text[periodIndex] != '.')
        {
            return false;
        }

        var wordStart = periodIndex;
        while (wordStart > 0 && !char.IsWhiteSpace(text[wordStart - 1]))
        {
            wordStart--;
        }

        return Abbreviations.Contains(text[wordStart..periodIndex].TrimStart('(', '«', '"'));
    }

    // The end mark (kept in the sentence), closing quotes, then the spaces that separate sentences.
    [GeneratedRegex(@"(?<=[.!?…][»”""')]*)\s+(?=[«“""(\-–]?\s*[\p{Lu}\p{N}])")]
    private static partial Regex Boundary();
}
