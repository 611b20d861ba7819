using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Grader.Pipeline.Reporting.Docx;

/// <summary>Small factories for the paragraphs, cells and tables of the grid, so the writer reads as its layout.</summary>
public static class DocxBuilder
{
    public const string HeaderFill = "D9E2F3";
    public const string JuryFill = "FFF2CC";

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

    /// <summary>A paragraph of several runs, e.g. a bold label then plain text.</summary>
    public static Paragraph Paragraph(params Run[] runs) => new(runs);

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

    public static TableCell Cell(int width, IEnumerable<Paragraph> paragraphs, string? fill = null)
    {
        var properties = new TableCellProperties(new TableCellWidth { Width = width.ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa });
        if (fill is not null)
        {
            properties.Append(new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = fill });
        }

        var cell = new TableCell(properties);
        var any = false;
        foreach (var paragraph in paragraphs)
        {
            cell.Append(paragraph);
            any = true;
        }

        // A cell without a paragraph is invalid; the jury's columns are left empty on purpose.
        if (!any)
        {
            cell.Append(new Paragraph());
        }

        return cell;
    }

    public static Table Table(IReadOnlyList<int> widths, IEnumerable<string> headers, IEnumerable<TableRow> rows)
    {
        var table = new Table(
            new TableProperties(
                new TableStyle { Val = DocxStyles.Grid },
                new TableWidth { Width = widths.Sum().ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
                new TableLayout { Type = TableLayoutValues.Fixed },
                new TableLook { Val = "04A0", FirstRow = true, LastRow = false, FirstColumn = true, LastColumn = false, NoHorizontalBand = false, NoVerticalBand = true }),
            new TableGrid(widths.Select(w => new GridColumn { Width = w.ToString(System.Globalization.CultureInfo.InvariantCulture) })));
        // The header row repeats on every page and never splits, so a long grid stays readable when printed.
        var header = new TableRow(new TableRowProperties(new CantSplit(), new TableHeader()));
        foreach (var (title, width) in headers.Zip(widths))
        {
            header.Append(Cell(width, [Paragraph(title, bold: true)], HeaderFill));
        }

        table.Append(header);
        foreach (var row in rows)
        {
            table.Append(row);
        }

        return table;
    }

    /// <summary>Drops characters XML 1.0 cannot carry (control characters, lone surrogates) that a dossier may hold.</summary>
    public static string Clean(string text)
    {
        StringBuilder? builder = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var valid = c is '\t' or '\n' or '\r' || (c >= 0x20 && c != '\uFFFE' && c != '\uFFFF' && !char.IsSurrogate(c))
                || (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                || (char.IsLowSurrogate(c) && i > 0 && char.IsHighSurrogate(text[i - 1]));
            if (!valid)
            {
                builder ??= new StringBuilder(text, 0, i, text.Length);
                continue;
            }

            builder?.Append(c);
        }

        return builder?.ToString() ?? text;
    }
}
