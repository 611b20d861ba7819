using System.Text;

namespace Grader.Pipeline.Ingestion.Pdf;

/// <summary>
/// Replaces typographic ligatures by their letters: PDF fonts often encode "fi" as one glyph (U+FB01), which
/// breaks search and quote verification ("proﬁl" would never match "profil").
/// </summary>
internal static class TextNormalizer
{
    public static string ExpandLigatures(string text)
    {
        if (!text.Any(c => c is >= '\uFB00' and <= '\uFB06'))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '\uFB00' => "ff",
                '\uFB01' => "fi",
                '\uFB02' => "fl",
                '\uFB03' => "ffi",
                '\uFB04' => "ffl",
                '\uFB05' or '\uFB06' => "st",
                _ => c.ToString(),
            });
        }

        return builder.ToString();
    }
}
