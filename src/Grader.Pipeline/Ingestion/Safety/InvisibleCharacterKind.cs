using System.Globalization;
using System.Text;

namespace Grader.Pipeline.Ingestion.Safety;

/// <summary>The families of characters a reader cannot see, counted separately in the juror's flag.</summary>
internal enum InvisibleCharacterKind
{
    Visible,
    /// <summary>U+00AD: a typesetting hint that word processors insert by themselves; removed silently.</summary>
    SoftHyphen,
    ZeroWidth,
    BidiControl,
    /// <summary>U+E0000–U+E007F: invisible copies of ASCII, the classic way to smuggle instructions to an LLM.</summary>
    Tag,
    OtherInvisible,
}

/// <summary>Classifies one code point; context decides for the few characters that are legitimate in place.</summary>
internal static class InvisibleCharacters
{
    public static InvisibleCharacterKind Classify(Rune rune, Rune? previous, Rune? next, bool atStart)
    {
        var value = rune.Value;
        switch (value)
        {
            case 0x00AD:
                return InvisibleCharacterKind.SoftHyphen;
            case 0xFEFF when atStart:
                // A byte-order mark left at the start of a text is an encoding artefact, not a hiding place.
                return InvisibleCharacterKind.SoftHyphen;
            case 0x200D when IsEmoji(previous) && IsEmoji(next):
                // The zero-width joiner is what builds family or profession emoji; it hides nothing there.
                return InvisibleCharacterKind.Visible;
            case >= 0x200B and <= 0x200D or 0x2060 or 0xFEFF or >= 0x2061 and <= 0x2064 or 0x180E or 0x034F
                or 0x115F or 0x1160 or 0x3164 or 0xFFA0:
                return InvisibleCharacterKind.ZeroWidth;
            case 0x200E or 0x200F or >= 0x202A and <= 0x202E or >= 0x2066 and <= 0x2069 or 0x061C:
                return InvisibleCharacterKind.BidiControl;
            case >= 0xE0000 and <= 0xE007F:
                return InvisibleCharacterKind.Tag;
            case >= 0xE0100 and <= 0xE01EF:
                // Variation selectors supplement: no French text uses them, and they can encode bytes.
                return InvisibleCharacterKind.OtherInvisible;
        }

        return Rune.GetUnicodeCategory(rune) == UnicodeCategory.Format
            ? InvisibleCharacterKind.OtherInvisible
            : InvisibleCharacterKind.Visible;
    }

    private static bool IsEmoji(Rune? rune) => rune is { } r
        && (r.Value >= 0x1F000 || r.Value == 0xFE0F || Rune.GetUnicodeCategory(r) == UnicodeCategory.OtherSymbol);
}
