using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Grader.Pipeline.Ingestion.OpenXml.Docx;

/// <summary>
/// The fill behind a text box's text, so that white text in a coloured box (a common design) is not taken
/// for hidden text. DrawingML boxes (wps:wsp) and legacy VML shapes (v:shape) store it differently.
/// </summary>
internal static class DocxTextBoxBackground
{
    private const string DrawingMain = "http://schemas.openxmlformats.org/drawingml/2006/main";

    /// <summary>The fill colour, or Unknown when the box is painted by a theme style, gradient or picture.</summary>
    public static (OfficeColor? Colour, bool Unknown) Of(TextBoxContent textBox, OfficeColor pageBackground)
    {
        for (var element = textBox.Parent; element is not null; element = element.Parent)
        {
            if (element.LocalName == "wsp")
            {
                return FromDrawing(element, pageBackground);
            }

            if (element.LocalName == "shape" && element.NamespaceUri == "urn:schemas-microsoft-com:vml")
            {
                return FromVml(element, pageBackground);
            }
        }

        return (pageBackground, false);
    }

    private static (OfficeColor?, bool) FromDrawing(OpenXmlElement shape, OfficeColor pageBackground)
    {
        var properties = shape.ChildElements.FirstOrDefault(e => e.LocalName == "spPr");
        var fill = properties?.ChildElements.FirstOrDefault(e => e.NamespaceUri == DrawingMain && e.LocalName.EndsWith("Fill", StringComparison.Ordinal));
        return fill?.LocalName switch
        {
            "noFill" => (pageBackground, false),
            "solidFill" when fill.ChildElements.FirstOrDefault(e => e.LocalName == "srgbClr") is { } rgb
                && OfficeColor.Parse(Attribute(rgb, "val")) is { } colour => (colour, false),
            _ => (null, true),
        };
    }

    private static (OfficeColor?, bool) FromVml(OpenXmlElement shape, OfficeColor pageBackground)
    {
        var filled = Attribute(shape, "filled");
        if (filled is "f" or "false")
        {
            return (pageBackground, false);
        }

        var fill = Attribute(shape, "fillcolor");
        if (fill is null)
        {
            // VML's default fill is white.
            return (OfficeColor.White, false);
        }

        var colour = OfficeColor.Parse(fill.Split(' ')[0]) ?? (fill.StartsWith("white", StringComparison.OrdinalIgnoreCase) ? OfficeColor.White : null);
        return colour is null ? (null, true) : (colour, false);
    }

    private static string? Attribute(OpenXmlElement element, string name) =>
        element.GetAttributes().FirstOrDefault(a => a.LocalName == name && string.IsNullOrEmpty(a.NamespaceUri)).Value;
}
