using System.Text;

namespace Grader.Pipeline.Ingestion.Pdf;

/// <summary>
/// Joins the lines of a paragraph, repairing words cut at a line end ("dévelop-" + "pement" → "développement")
/// while keeping real compounds ("après-vente", "e-commerce"). The rule, in order:
/// <list type="number">
/// <item>a soft hyphen (U+00AD) is always a cut;</item>
/// <item>a hyphen after a digit, or before a capital ("Jean-" + "Pierre"), or before anything but a lowercase letter is kept;</item>
/// <item>the hyphenated form written whole somewhere in the document ("après-vente") is kept; the joined form
///   written whole ("développement") is joined;</item>
/// <item>a one-letter fragment ("e-", French typesetting never cuts after one letter) or a compound prefix
///   ("après", "sous", "non"...) keeps the hyphen;</item>
/// <item>otherwise the hyphen is a line-end cut and is removed.</item>
/// </list>
/// </summary>
internal sealed class Dehyphenator(IReadOnlySet<string> vocabulary)
{
    /// <summary>
    /// Whole words that mostly open a compound. Syllables that also start ordinary words ("pro", "pré", "ex",
    /// "mi", "trans", "auto") are left out on purpose: "pro-" + "fessionnel" is a cut, not a compound.
    /// </summary>
    private static readonly HashSet<string> CompoundPrefixes = new(StringComparer.OrdinalIgnoreCase)
    {
        "après", "avant", "arrière", "sous", "non", "demi", "semi", "vice", "self", "grand", "grande", "haut",
        "bas", "basse", "contre", "porte", "garde", "chef", "sans", "hors", "quasi", "bien", "petit", "petite",
        "libre", "soi", "mot", "moyen", "long", "court",
    };

    public static Dehyphenator Empty { get; } = new(new HashSet<string>());

    /// <summary>Collects the words of a document, lower-cased, as they are written whole on a line.</summary>
    public static IReadOnlySet<string> BuildVocabulary(IEnumerable<string> lines)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in lines)
        {
            foreach (var token in line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var word = token.Trim(Punctuation).ToLowerInvariant();
                if (word.Length > 1)
                {
                    words.Add(word);
                }
            }
        }

        return words;
    }

    private static readonly char[] Punctuation = ['.', ',', ';', ':', '!', '?', '(', ')', '«', '»', '"', '\'', '’', '[', ']'];

    public string Join(IEnumerable<string> lines)
    {
        var builder = new StringBuilder();
        foreach (var raw in lines)
        {
            var line = raw.Trim();
            if (line.Length == 0)
            {
                continue;
            }

            if (builder.Length == 0)
            {
                builder.Append(line);
                continue;
            }

            AppendJoined(builder, line);
        }

        return builder.ToString();
    }

    private void AppendJoined(StringBuilder builder, string next)
    {
        var last = builder[^1];
        if (last == '\u00AD')
        {
            builder.Length--;
            builder.Append(next);
            return;
        }

        if (last is not ('-' or '\u2010') || builder.Length < 2)
        {
            builder.Append(' ').Append(next);
            return;
        }

        var fragment = LastWord(builder);
        var nextWord = FirstWord(next);
        if (KeepsHyphen(fragment, nextWord, builder[^2], next[0]))
        {
            builder.Append(next);
            return;
        }

        builder.Length--;
        builder.Append(next);
    }

    private bool KeepsHyphen(string fragment, string nextWord, char beforeHyphen, char nextFirst)
    {
        if (!char.IsLetter(beforeHyphen) || !char.IsLower(nextFirst))
        {
            return true;
        }

        var hyphenated = (fragment + "-" + nextWord).ToLowerInvariant();
        if (vocabulary.Contains(hyphenated))
        {
            return true;
        }

        if (vocabulary.Contains((fragment + nextWord).ToLowerInvariant()))
        {
            return false;
        }

        // A fragment that already holds a hyphen is the tail of a compound ("Saint-Germain-" + "des-Prés" aside).
        var lastPart = fragment[(fragment.LastIndexOf('-') + 1)..];
        return lastPart.Length == 1 || CompoundPrefixes.Contains(lastPart);
    }

    /// <summary>The word before the trailing hyphen.</summary>
    private static string LastWord(StringBuilder builder)
    {
        var end = builder.Length - 1; // the hyphen
        var start = end;
        while (start > 0 && !char.IsWhiteSpace(builder[start - 1]))
        {
            start--;
        }

        return builder.ToString(start, end - start).TrimStart(Punctuation);
    }

    private static string FirstWord(string text)
    {
        var length = 0;
        while (length < text.Length && (char.IsLetter(text[length]) || text[length] == '-'))
        {
            length++;
        }

        return text[..length];
    }
}
