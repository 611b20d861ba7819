using System.Globalization;

namespace Grader.Pipeline.Ingestion.OpenXml;

/// <summary>
/// An RGB colour read from Office markup ("FFFFFF", "auto"...). Used only to decide whether text can be
/// seen against its background, so anything we cannot parse is treated as "unknown" (visible).
/// </summary>
internal readonly record struct OfficeColor(byte R, byte G, byte B)
{
    public static readonly OfficeColor White = new(0xFF, 0xFF, 0xFF);

    /// <summary>
    /// Largest per-channel difference at which two colours are considered the same to the eye. Candidates who
    /// hide text rarely use pure white only (FEFEFE, F8F8F8...), so an exact match would be too easy to dodge.
    /// </summary>
    private const int InvisibleDistance = 0x12;

    /// <summary>Parses "RRGGBB" (with or without '#'); returns null for "auto", theme names or garbage.</summary>
    public static OfficeColor? Parse(string? hex)
    {
        if (string.IsNullOrWhiteSpace(hex))
        {
            return null;
        }

        var span = hex.AsSpan().Trim().TrimStart('#');
        if (span.Length != 6 || !int.TryParse(span, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var rgb))
        {
            return null;
        }

        return new OfficeColor((byte)(rgb >> 16), (byte)((rgb >> 8) & 0xFF), (byte)(rgb & 0xFF));
    }

    /// <summary>True when text of this colour would not stand out from <paramref name="background"/>.</summary>
    public bool IsInvisibleOn(OfficeColor background) =>
        Math.Abs(R - background.R) <= InvisibleDistance
        && Math.Abs(G - background.G) <= InvisibleDistance
        && Math.Abs(B - background.B) <= InvisibleDistance;
}
