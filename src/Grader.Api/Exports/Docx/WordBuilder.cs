using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Grader.Api.Exports.Docx;

/// <summary>Small factories for paragraphs, runs and tables, and the package around a body, so that each writer reads as its layout.</summary>
internal static class WordBuilder
{
    private const string HeaderFill = "D9E2F3";

    /// <summary>A Word package (A4, French) holding <paramref name="body"/>.</summary>
    public static byte[] Package(string title, Body body, bool landscape = false)
    {
        body.Append(new SectionProperties(
            landscape
                ? new PageSize { Width = 16838U, Height = 11906U, Orient = PageOrientationValues.Landscape }
                : new PageSize { Width = 11906U, Height = 16838U },
            new PageMargin { Top = 850, Right = 850U, Bottom = 850, Left = 850U, Header = 425U, Footer = 425U, Gutter = 0U }));
        using var buffer = new MemoryStream();
        using (var document = WordprocessingDocument.Create(buffer, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            WordStyles.AddTo(main);
            main.Document = new Document(body);
            main.Document.Save();
            document.PackageProperties.Title = title;
            document.PackageProperties.Creator = "Grader";
            document.PackageProperties.Language = "fr-FR";
        }

        return buffer.ToArray();
    }

    public static Paragraph Paragraph(string text, string? style = null, bool bold = false, bool italic = false)
    {
        var paragraph = new Paragraph();
        if (style is not null)
        {
            paragraph.Append(new ParagraphProperties(new ParagraphStyleId { Val = style }));
        }

        paragraph.Append(Run(text, bold, italic));
        return paragraph;
    }

    /// <summary>« Label : value » with the label in bold and a no-break space before the colon.</summary>
    public static Paragraph Labelled(string label, string value) => new(Run($"{label}\u00A0: ", bold: true), Run(value));

    public static Run Run(string text, bool bold = false, bool italic = false)
    {
        var run = new Run();
        if (bold || italic)
        {
            var properties = new RunProperties();
            if (bold)
            {
                properties.Append(new Bold());
            }

            if (italic)
            {
                properties.Append(new Italic());
            }

            run.Append(properties);
        }

        run.Append(new Text(Clean(text)) { Space = SpaceProcessingModeValues.Preserve });
        return run;
    }

    public static Table Table(IReadOnlyList<int> widths, IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows)
    {
        var table = new Table(
            new TableProperties(
                new TableStyle { Val = WordStyles.Grid },
                new TableWidth { Width = widths.Sum().ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
                new TableLayout { Type = TableLayoutValues.Fixed }),
            new TableGrid(widths.Select(w => new GridColumn { Width = w.ToString(CultureInfo.InvariantCulture) })));
        // The header row repeats on each printed page.
        table.Append(Row(widths, headers, bold: true, fill: HeaderFill, header: true));
        foreach (var row in rows)
        {
            table.Append(Row(widths, row, bold: false, fill: null, header: false));
        }

        return table;
    }

    private static TableRow Row(IReadOnlyList<int> widths, IReadOnlyList<string> cells, bool bold, string? fill, bool header)
    {
        var row = new TableRow(header ? new TableRowProperties(new CantSplit(), new TableHeader()) : new TableRowProperties(new CantSplit()));
        foreach (var (text, width) in cells.Zip(widths))
        {
            var properties = new TableCellProperties(new TableCellWidth { Width = width.ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa });
            if (fill is not null)
            {
                properties.Append(new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = fill });
            }

            var cell = new TableCell(properties);
            // One paragraph per line, so that comments keep the juror's line breaks.
            foreach (var line in text.Split('\n'))
            {
                cell.Append(Paragraph(line.TrimEnd('\r'), bold: bold));
            }

            row.Append(cell);
        }

        return row;
    }

    /// <summary>Drops characters XML 1.0 cannot carry (control characters, lone surrogates) that typed text may hold.</summary>
    public static string Clean(string text)
    {
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var valid = c is '\t' or '\n' or '\r' || (c >= 0x20 && c != '\uFFFE' && c != '\uFFFF' && !char.IsSurrogate(c))
                || (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                || (char.IsLowSurrogate(c) && i > 0 && char.IsHighSurrogate(text[i - 1]));
            if (valid)
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
