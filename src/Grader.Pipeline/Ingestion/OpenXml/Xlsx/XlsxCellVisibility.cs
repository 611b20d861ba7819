using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Grader.Pipeline.Ingestion.OpenXml.Xlsx;

/// <summary>
/// Decides from a cell's style whether its text can be seen: a font coloured like the cell's fill (white
/// on an unfilled cell being the classic) or a font under 3 points hides the value from whoever opens the
/// workbook, so it must not be evaluated.
/// </summary>
internal sealed class XlsxCellVisibility
{
    private readonly List<(uint FontId, uint FillId)> _styles = [];
    private readonly List<Font> _fonts = [];
    private readonly List<Fill> _fills = [];
    private readonly Dictionary<uint, HiddenReason?> _cache = [];

    public XlsxCellVisibility(WorkbookStylesPart? styles)
    {
        var stylesheet = styles?.Stylesheet;
        foreach (var format in stylesheet?.CellFormats?.Elements<CellFormat>() ?? [])
        {
            _styles.Add((format.FontId?.Value ?? 0, format.FillId?.Value ?? 0));
        }

        _fonts.AddRange(stylesheet?.Fonts?.Elements<Font>() ?? []);
        _fills.AddRange(stylesheet?.Fills?.Elements<Fill>() ?? []);
    }

    /// <summary>Why text in a cell of this style cannot be seen, or null when it can.</summary>
    public HiddenReason? ReasonFor(uint styleIndex)
    {
        if (!_cache.TryGetValue(styleIndex, out var reason))
        {
            reason = Compute(styleIndex);
            _cache[styleIndex] = reason;
        }

        return reason;
    }

    private HiddenReason? Compute(uint styleIndex)
    {
        if (styleIndex >= _styles.Count)
        {
            return null;
        }

        var (fontId, fillId) = _styles[(int)styleIndex];
        var font = fontId < _fonts.Count ? _fonts[(int)fontId] : null;
        if (font?.FontSize?.Val?.Value is { } size && size < OfficeFlags.MinimumReadablePoints)
        {
            return HiddenReason.Tiny;
        }

        var background = fillId < _fills.Count ? FillColour(_fills[(int)fillId]) : OfficeColor.White;
        return font?.Color is { } colour && Colour(colour) is { } text && background is { } behind && text.IsInvisibleOn(behind)
            ? HiddenReason.SameColourAsBackground
            : null;
    }

    /// <summary>The colour behind the text: white without a fill, the solid fill's colour, unknown otherwise.</summary>
    private static OfficeColor? FillColour(Fill fill)
    {
        var pattern = fill.PatternFill;
        var type = pattern?.PatternType?.Value;
        if (pattern is null || type is null || type == PatternValues.None)
        {
            return fill.GradientFill is null ? OfficeColor.White : null;
        }

        return type == PatternValues.Solid && pattern.ForegroundColor is { } foreground ? Colour(foreground) : null;
    }

    /// <summary>
    /// ARGB ("FFFFFFFF") or theme colours 0 and 1 (light 1 and dark 1, white and black in every default
    /// theme); indexed and other theme colours are left unknown.
    /// </summary>
    private static OfficeColor? Colour(ColorType colour)
    {
        if (colour.Rgb?.Value is { Length: >= 6 } argb)
        {
            return OfficeColor.Parse(argb[^6..]);
        }

        return colour.Theme?.Value switch
        {
            0 => OfficeColor.White,
            1 => new OfficeColor(0, 0, 0),
            _ => null,
        };
    }
}
