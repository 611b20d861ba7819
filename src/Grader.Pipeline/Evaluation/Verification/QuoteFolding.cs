using System.Globalization;
using System.Text;

namespace Grader.Pipeline.Evaluation.Verification;

/// <summary>
/// What two renderings of the same French passage have in common, character by character. A model retypes
/// quotes with straight apostrophes, other quotation marks, other spaces, dashes or ligatures; a PDF cuts
/// words at line ends. Folding keeps only what a reader would call « the same words »:
/// lower case without accents, one apostrophe, and no spaces, quotation marks, dashes, soft hyphens or
/// invisible characters at all (dropping spaces entirely also absorbs « 10 % » / « 10% » and hyphenation).
/// </summary>
internal static class QuoteFolding
{
    private static readonly string?[] Latin = BuildLatinTable();

    /// <summary>Appends the folded form of <paramref name="c"/> (zero, one or several characters).</summary>
    public static void Append(char c, StringBuilder target)
    {
        var folded = Fold(c);
        if (folded is not null)
        {
            target.Append(folded);
        }
    }

    /// <summary>The folded form of one character; null when the character is dropped.</summary>
    public static string? Fold(char c)
    {
        if (c < Latin.Length)
        {
            return Latin[c];
        }

        return c switch
        {
            // Apostrophes and primes: one form.
            '\u2019' or '\u2018' or '\u02BC' or '\u2032' or '\u201B' or '\u00B4' or '`' => "'",
            // Quotation marks: dropped, models add or remove them.
            '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u2039' or '\u203A' or '\u2033' => null,
            // Dashes, hyphens and minus: dropped, so « multi-\nsecteurs », « multisecteurs » and « multi–secteurs » agree.
            '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212' => null,
            // Ellipsis: three dots, as models type it.
            '\u2026' => "...",
            '\uFB00' => "ff",
            '\uFB01' => "fi",
            '\uFB02' => "fl",
            '\uFB03' => "ffi",
            '\uFB04' => "ffl",
            '\uFB05' or '\uFB06' => "st",
            '\u0153' or '\u0152' => "oe",
            // Zero-width and formatting characters.
            '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' => null,
            _ when char.IsWhiteSpace(c) => null,
            _ when CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark => null,
            _ => char.ToLowerInvariant(c).ToString(),
        };
    }

    private static string?[] BuildLatinTable()
    {
        // Latin-1 and Latin Extended-A/B: precomputed once, the bulk of every French document.
        var table = new string?[0x250];
        for (var i = 0; i < table.Length; i++)
        {
            var c = (char)i;
            table[i] = c switch
            {
                '"' or '\u00AB' or '\u00BB' => null,
                '\'' => "'",
                '-' or '\u00AD' => null,
                '\u00E6' or '\u00C6' => "ae",
                '\u0153' or '\u0152' => "oe",
                '\u00DF' => "ss",
                '\u00B4' => "'",
                _ when char.IsWhiteSpace(c) || char.IsControl(c) => null,
                _ => WithoutAccent(char.ToLowerInvariant(c)),
            };
        }

        return table;
    }

    private static string WithoutAccent(char c)
    {
        var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
        foreach (var part in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(part) != UnicodeCategory.NonSpacingMark)
            {
                return part.ToString();
            }
        }

        return c.ToString();
    }
}
