using System.Globalization;
using System.Text;

namespace Grader.Pipeline.Ingestion.Safety;

/// <summary>
/// Lower-cases a text and strips its accents character by character, so that the folded text has exactly
/// the length of the original: a match found in the folded text points at the same place in the original.
/// </summary>
internal static class FoldedText
{
    // Latin letters with diacritics (up to Latin Extended-B) folded once: Normalize allocates on every call.
    private static readonly char[] LatinTable = BuildLatinTable();

    public static string Fold(string text)
    {
        var folded = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            folded.Append(FoldChar(c));
        }

        return folded.ToString();
    }

    private static char FoldChar(char c)
    {
        if (c < 0x80)
        {
            return char.ToLowerInvariant(c);
        }

        if (c is '’' or '‘' or 'ʼ' or '´' or '`')
        {
            return '\'';
        }

        if (c is '\u00A0' or '\u202F' or '\u2009')
        {
            return ' ';
        }

        if (c < LatinTable.Length)
        {
            return LatinTable[c];
        }

        return char.IsSurrogate(c) ? c : Decompose(c);
    }

    private static char[] BuildLatinTable()
    {
        var table = new char[0x250];
        for (var c = 0; c < table.Length; c++)
        {
            table[c] = c < 0x80 ? char.ToLowerInvariant((char)c) : Decompose((char)c);
        }

        return table;
    }

    private static char Decompose(char c)
    {
        // "é" decomposes into "e" + combining acute: keep the base letter only.
        var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
        return char.ToLowerInvariant(decomposed[0]);
    }

    /// <summary>Counts the words of a text, for thresholds such as "longer than a few words".</summary>
    public static int CountWords(string text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var isWordChar = char.IsLetterOrDigit(c);
            if (isWordChar && !inWord)
            {
                count++;
            }

            inWord = isWordChar || (inWord && c is '\'' or '’' or '-');
        }

        return count;
    }
}
