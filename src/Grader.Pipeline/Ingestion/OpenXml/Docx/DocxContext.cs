using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Grader.Pipeline.Ingestion.OpenXml.Docx;

/// <summary>What every walker of one document shares: resolved styles, list counters, notes and the output.</summary>
internal sealed class DocxContext
{
    public DocxContext(MainDocumentPart main, CancellationToken cancellationToken)
    {
        Main = main;
        Styles = new DocxStyles(main.StyleDefinitionsPart?.Styles);
        Numbering = new DocxNumbering(main.NumberingDefinitionsPart?.Numbering);
        PageBackground = OfficeColor.Parse(main.Document?.DocumentBackground?.Color?.Value) ?? OfficeColor.White;
        CancellationToken = cancellationToken;
    }

    public MainDocumentPart Main { get; }

    public DocxStyles Styles { get; }

    public DocxNumbering Numbering { get; }

    public OfficeColor PageBackground { get; }

    public CancellationToken CancellationToken { get; }

    public DocxOutput Output { get; } = new();

    public Footnote? FindFootnote(string id) =>
        Main.FootnotesPart?.Footnotes?.Elements<Footnote>().FirstOrDefault(n => n.Id?.Value.ToString(System.Globalization.CultureInfo.InvariantCulture) == id);

    public Endnote? FindEndnote(string id) =>
        Main.EndnotesPart?.Endnotes?.Elements<Endnote>().FirstOrDefault(n => n.Id?.Value.ToString(System.Globalization.CultureInfo.InvariantCulture) == id);
}
