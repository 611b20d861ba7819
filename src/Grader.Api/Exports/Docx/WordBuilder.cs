using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Grader.Pipeline.Reporting.Docx;

namespace Grader.Api.Exports.Docx;

/// <summary>
/// The service's Word exports on the same house style as the pipeline's pre-assessment grid (<see cref="DocxStyles"/>,
/// <see cref="DocxBuilder"/>): the package around a body, « Label : value » lines, and tables of plain text.
/// </summary>
internal static class WordBuilder
{
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
            DocxStyles.AddTo(main);
            main.Document = new Document(body);
            main.Document.Save();
            document.PackageProperties.Title = title;
            document.PackageProperties.Creator = "Grader";
            document.PackageProperties.Language = "fr-FR";
        }

        return buffer.ToArray();
    }

    public static Paragraph Paragraph(string text, string? style = null, bool bold = false, bool italic = false) =>
        DocxBuilder.Paragraph(text, style, bold, italic);

    /// <summary>« Label : value » with the label in bold and a no-break space before the colon.</summary>
    public static Paragraph Labelled(string label, string value) =>
        new(DocxBuilder.Run($"{label}\u00A0: ", bold: true), DocxBuilder.Run(value));

    /// <summary>A table of text cells; each line of a cell is its own paragraph, so comments keep the juror's line breaks.</summary>
    public static Table Table(IReadOnlyList<int> widths, IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows) =>
        DocxBuilder.Table(widths, headers, rows.Select(cells =>
        {
            var row = new TableRow(new TableRowProperties(new CantSplit()));
            foreach (var (text, width) in cells.Zip(widths))
            {
                row.Append(DocxBuilder.Cell(width, text.Split('\n').Select(line => DocxBuilder.Paragraph(line.TrimEnd('\r')))));
            }

            return row;
        }));
}
