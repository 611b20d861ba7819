namespace Grader.Pipeline.Ingestion.OpenXml.Docx;

/// <summary>
/// Word's highlighter colours (w:highlight) as RGB. A highlight is the text's immediate background, so
/// white text on a dark highlight is readable and must not be reported as hidden.
/// </summary>
internal static class DocxHighlight
{
    public static OfficeColor? Colour(string? name) => name switch
    {
        "black" => new OfficeColor(0x00, 0x00, 0x00),
        "blue" => new OfficeColor(0x00, 0x00, 0xFF),
        "cyan" => new OfficeColor(0x00, 0xFF, 0xFF),
        "green" => new OfficeColor(0x00, 0xFF, 0x00),
        "magenta" => new OfficeColor(0xFF, 0x00, 0xFF),
        "red" => new OfficeColor(0xFF, 0x00, 0x00),
        "yellow" => new OfficeColor(0xFF, 0xFF, 0x00),
        "white" => OfficeColor.White,
        "darkBlue" => new OfficeColor(0x00, 0x00, 0x80),
        "darkCyan" => new OfficeColor(0x00, 0x80, 0x80),
        "darkGreen" => new OfficeColor(0x00, 0x80, 0x00),
        "darkMagenta" => new OfficeColor(0x80, 0x00, 0x80),
        "darkRed" => new OfficeColor(0x80, 0x00, 0x00),
        "darkYellow" => new OfficeColor(0x80, 0x80, 0x00),
        "darkGray" => new OfficeColor(0x80, 0x80, 0x80),
        "lightGray" => new OfficeColor(0xC0, 0xC0, 0xC0),
        _ => null,
    };
}
