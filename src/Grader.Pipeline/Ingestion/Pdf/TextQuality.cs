using System.Globalization;
using UglyToad.PdfPig.Content;

namespace Grader.Pipeline.Ingestion.Pdf;

/// <summary>Whether a page's text layer can be trusted, or the page must be treated as an image.</summary>
internal enum TextLayerQuality
{
    Usable,
    /// <summary>No text at all: a scan, or text drawn as outlines.</summary>
    Missing,
    /// <summary>Text that is mostly not letters: fonts without a Unicode map, private-use glyphs, symbol soup.</summary>
    Garbled,
}

/// <summary>
/// Judges the text layer by the share of letters among the visible characters. Fonts without a ToUnicode map
/// give private-use or control characters (or U+FFFD); those count against the page.
/// </summary>
internal static class TextQuality
{
    private const double MinimumLetterShare = 0.5;
    /// <summary>Below this, a page of digits and punctuation is a blank page with a number, not garbage.</summary>
    private const int MinimumCharactersToJudge = 20;
    /// <summary>
    /// A page mostly covered by an image with less text than this is a scan with a stamp ("Page 3 / 12",
    /// a file name added by a PDF tool): the image holds the content.
    /// </summary>
    public const int MaxStampCharacters = 200;

    public static TextLayerQuality Assess(IReadOnlyList<Letter> visibleLetters, bool pageHasImages, bool mostlyImage = false) =>
        Assess(visibleLetters.Select(l => l.Value), pageHasImages, mostlyImage);

    internal static TextLayerQuality Assess(IEnumerable<string> glyphValues, bool pageHasImages, bool mostlyImage = false)
    {
        var characters = 0;
        var letters = 0;
        foreach (var value in glyphValues)
        {
            foreach (var c in value)
            {
                if (char.IsWhiteSpace(c))
                {
                    continue;
                }

                characters++;
                if (char.IsLetter(c) && char.GetUnicodeCategory(c) != UnicodeCategory.PrivateUse)
                {
                    letters++;
                }
            }
        }

        if (characters == 0 || (mostlyImage && characters < MaxStampCharacters))
        {
            return TextLayerQuality.Missing;
        }

        var mostlyLetters = letters >= MinimumLetterShare * characters;
        if (mostlyLetters)
        {
            return TextLayerQuality.Usable;
        }

        // A scan stamped with a page number has a few digits and an image: read the image.
        return characters >= MinimumCharactersToJudge || pageHasImages
            ? TextLayerQuality.Garbled
            : TextLayerQuality.Usable;
    }
}
