using DocumentFormat.OpenXml;
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

    public Footnote? FindFootnote(string id) => (_footnotes ??= Index(Main.FootnotesPart?.Footnotes?.Elements<Footnote>(), n => n.Id)).GetValueOrDefault(id);

    public Endnote? FindEndnote(string id) => (_endnotes ??= Index(Main.EndnotesPart?.Endnotes?.Elements<Endnote>(), n => n.Id)).GetValueOrDefault(id);

    private Dictionary<string, Footnote>? _footnotes;
    private Dictionary<string, Endnote>? _endnotes;

    /// <summary>Notes by id, built once: a dossier may reference hundreds of notes.</summary>
    private static Dictionary<string, T> Index<T>(IEnumerable<T>? notes, Func<T, IntegerValue?> id)
        where T : class
    {
        var index = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var note in notes ?? [])
        {
            if (id(note)?.Value is { } value)
            {
                index.TryAdd(value.ToString(System.Globalization.CultureInfo.InvariantCulture), note);
            }
        }

        return index;
    }
}
