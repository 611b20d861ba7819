using System.Globalization;
using System.Text;

namespace Grader.Pipeline.Ingestion.OpenXml;

/// <summary>Formats list markers the way Word and PowerPoint display them.</summary>
internal static class OfficeListLabels
{
    /// <summary>
    /// Bullets are often a Symbol or Wingdings glyph in the private-use area, which means nothing outside that
    /// font: the reader sees a bullet, so we write one. Word's "o" in Courier New is its hollow bullet.
    /// </summary>
    public static string Bullet(string? glyph)
    {
        var trimmed = glyph?.Trim() ?? string.Empty;
        if (trimmed.Length == 0 || trimmed.Any(c => c is >= '\uE000' and <= '\uF8FF'))
        {
            return "•";
        }

        return trimmed == "o" ? "◦" : trimmed;
    }

    /// <summary>Letter numbering: a…z, then aa…zz, then aaa…</summary>
    public static string Letters(int value)
    {
        if (value < 1)
        {
            return value.ToString(CultureInfo.InvariantCulture);
        }

        var letter = (char)('a' + ((value - 1) % 26));
        return new string(letter, ((value - 1) / 26) + 1);
    }

    public static string Roman(int value)
    {
        if (value is < 1 or > 3999)
        {
            return value.ToString(CultureInfo.InvariantCulture);
        }

        ReadOnlySpan<int> numbers = [1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1];
        string[] symbols = ["M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"];
        var builder = new StringBuilder();
        for (var i = 0; i < numbers.Length; i++)
        {
            while (value >= numbers[i])
            {
                builder.Append(symbols[i]);
                value -= numbers[i];
            }
        }

        return builder.ToString();
    }
}
