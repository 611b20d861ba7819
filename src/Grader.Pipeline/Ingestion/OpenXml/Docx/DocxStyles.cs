using System.Globalization;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Grader.Pipeline.Ingestion.OpenXml.Docx;

/// <summary>
/// Resolves what a paragraph or run inherits from the styles part: heading level, list numbering, "page
/// break before", shading and the run properties that can hide text. Direct formatting wins over the run
/// style, which wins over the paragraph style, which wins over the document defaults (Word's order).
/// </summary>
internal sealed partial class DocxStyles
{
    /// <summary>Guards against basedOn cycles in hand-made or corrupted styles parts.</summary>
    private const int MaxInheritanceDepth = 16;

    private readonly Dictionary<string, Style> _byId = new(StringComparer.Ordinal);
    private readonly OpenXmlElement? _defaultRunProperties;

    public DocxStyles(Styles? styles)
    {
        if (styles is null)
        {
            return;
        }

        foreach (var style in styles.Elements<Style>())
        {
            if (style.StyleId?.Value is { } id)
            {
                _byId.TryAdd(id, style);
            }
        }

        _defaultRunProperties = styles.DocDefaults?.RunPropertiesDefault?.RunPropertiesBaseStyle;
    }

    /// <summary>Heading level 1–9, or null for body text.</summary>
    public int? HeadingLevel(Paragraph paragraph)
    {
        if (paragraph.ParagraphProperties?.OutlineLevel?.Val?.Value is { } direct)
        {
            return OutlineToHeading(direct);
        }

        foreach (var style in Chain(paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value))
        {
            if ((LevelFromName(style.StyleName?.Val?.Value) ?? LevelFromName(style.StyleId?.Value)) is { } named)
            {
                return named;
            }

            if (style.StyleParagraphProperties?.OutlineLevel?.Val?.Value is { } outline)
            {
                return OutlineToHeading(outline);
            }
        }

        return null;
    }

    /// <summary>The (numId, ilvl) of a list paragraph, from direct formatting or its style; null when none.</summary>
    public (int NumId, int Level)? Numbering(Paragraph paragraph)
    {
        int? numId = null;
        int? level = null;
        Collect(paragraph.ParagraphProperties?.NumberingProperties);
        foreach (var style in Chain(paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value))
        {
            Collect(style.StyleParagraphProperties?.NumberingProperties);
        }

        // numId 0 is Word's way of switching numbering off for a paragraph whose style has some.
        return numId is > 0 ? (numId.Value, Math.Clamp(level ?? 0, 0, 8)) : null;

        void Collect(NumberingProperties? properties)
        {
            numId ??= properties?.NumberingId?.Val?.Value;
            level ??= properties?.NumberingLevelReference?.Val?.Value;
        }
    }

    public bool PageBreakBefore(Paragraph paragraph)
    {
        if (paragraph.ParagraphProperties?.PageBreakBefore is { } direct)
        {
            return IsOn(direct);
        }

        foreach (var style in Chain(paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value))
        {
            if (style.StyleParagraphProperties?.PageBreakBefore is { } inherited)
            {
                return IsOn(inherited);
            }
        }

        return false;
    }

    /// <summary>The paragraph's background fill, when it has one.</summary>
    public OfficeColor? ParagraphShading(Paragraph paragraph)
    {
        var fill = paragraph.ParagraphProperties?.Shading?.Fill?.Value;
        foreach (var style in Chain(paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value))
        {
            fill ??= style.StyleParagraphProperties?.Shading?.Fill?.Value;
        }

        return OfficeColor.Parse(fill);
    }

    /// <summary>The resolved properties of a run that decide whether it can be seen.</summary>
    public DocxRunLook RunLook(Run run, Paragraph? paragraph)
    {
        var sources = new List<OpenXmlElement>();
        if (run.RunProperties is { } direct)
        {
            sources.Add(direct);
        }

        foreach (var style in Chain(run.RunProperties?.RunStyle?.Val?.Value))
        {
            AddIfPresent(sources, style.StyleRunProperties);
        }

        foreach (var style in Chain(paragraph?.ParagraphProperties?.ParagraphStyleId?.Val?.Value))
        {
            AddIfPresent(sources, style.StyleRunProperties);
        }

        AddIfPresent(sources, _defaultRunProperties);

        bool? vanish = null;
        string? colour = null;
        string? size = null;
        string? fill = null;
        OfficeColor? highlight = null;
        foreach (var source in sources)
        {
            if (vanish is null && source.GetFirstChild<Vanish>() is { } v)
            {
                vanish = IsOn(v);
            }

            colour ??= source.GetFirstChild<Color>()?.Val?.Value;
            size ??= source.GetFirstChild<FontSize>()?.Val?.Value;
            fill ??= source.GetFirstChild<Shading>()?.Fill?.Value;
            highlight ??= DocxHighlight.Colour(source.GetFirstChild<Highlight>()?.Val?.InnerText);
        }

        double? halfPoints = double.TryParse(size, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed)
            ? parsed
            : null;
        return new DocxRunLook(vanish ?? false, OfficeColor.Parse(colour), halfPoints / 2, highlight ?? OfficeColor.Parse(fill));
    }

    /// <summary>
    /// True when the table's style (or one it is based on) paints cells, e.g. the coloured header row of
    /// Word's built-in "Grid Table" styles. We do not resolve conditional table formatting, so inside such a
    /// table the background is unknown and white text there is not reported as hidden.
    /// </summary>
    public bool TableStylePaintsCells(Table table)
    {
        foreach (var style in Chain(table.GetFirstChild<TableProperties>()?.TableStyle?.Val?.Value))
        {
            if (style.Descendants<Shading>().Any(s => OfficeColor.Parse(s.Fill?.Value) is { } fill && fill != OfficeColor.White))
            {
                return true;
            }
        }

        return false;
    }

    public static bool IsOn(OnOffType element) => element.Val is null || element.Val.Value;

    private IEnumerable<Style> Chain(string? styleId)
    {
        for (var depth = 0; styleId is not null && depth < MaxInheritanceDepth; depth++)
        {
            if (!_byId.TryGetValue(styleId, out var style))
            {
                yield break;
            }

            yield return style;
            styleId = style.BasedOn?.Val?.Value;
        }
    }

    private static void AddIfPresent(List<OpenXmlElement> sources, OpenXmlElement? element)
    {
        if (element is not null)
        {
            sources.Add(element);
        }
    }

    /// <summary>w:outlineLvl 0–8 are heading levels 1–9; 9 is Word's "body text".</summary>
    private static int? OutlineToHeading(int outline) => outline is >= 0 and <= 8 ? outline + 1 : null;

    private static int? LevelFromName(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        var match = HeadingName().Match(name.Trim());
        if (match.Success)
        {
            return match.Groups[1].Value[0] - '0';
        }

        // A document title is the top of the outline; treating it as level 1 keeps section paths sensible.
        return TitleName().IsMatch(name.Trim()) ? 1 : null;
    }

    [GeneratedRegex(@"^(?:heading|titre|title)\s*([1-9])$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HeadingName();

    [GeneratedRegex(@"^(?:title|titre)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TitleName();
}

/// <summary>The run properties that matter for visibility; sizes in points.</summary>
internal readonly record struct DocxRunLook(bool Vanish, OfficeColor? Colour, double? SizePoints, OfficeColor? Shading);
