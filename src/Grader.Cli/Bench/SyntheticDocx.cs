using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Grader.Cli.Bench;

/// <summary>A DOCX of N pages separated by explicit page breaks: headings by style, paragraphs, lists, a table per page.</summary>
internal static class SyntheticDocx
{
    public static byte[] Create(int pages, int seed = 42)
    {
        var text = new SyntheticText(seed);
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.Document = new Document(new Body());
            var body = main.Document.Body!;
            for (var number = 1; number <= pages; number++)
            {
                body.Append(Styled($"{number}. {text.Sentence(3, 6).TrimEnd('.')}", "Heading1"));
                for (var i = 0; i < 4; i++)
                {
                    body.Append(new Paragraph(new Run(new Text(text.Paragraph(4)))));
                }

                body.Append(Table(text));
                body.Append(new Paragraph(new Run(new Text(text.Paragraph(3)))));
                if (number < pages)
                {
                    body.Append(new Paragraph(new Run(new Break { Type = BreakValues.Page })));
                }
            }

            main.Document.Save();
        }

        return stream.ToArray();
    }

    private static Paragraph Styled(string content, string styleId) =>
        new(new ParagraphProperties(new ParagraphStyleId { Val = styleId }), new Run(new Text(content)));

    private static Table Table(SyntheticText text)
    {
        var table = new Table();
        for (var row = 0; row < 5; row++)
        {
            var tableRow = new TableRow();
            for (var cell = 0; cell < 4; cell++)
            {
                var content = row == 0 ? $"Colonne {cell + 1}" : (cell == 3 ? $"{text.Next(100_000)} €" : text.Sentence(2, 4));
                tableRow.Append(new TableCell(new Paragraph(new Run(new Text(content) { Space = SpaceProcessingModeValues.Preserve }))));
            }

            table.Append(tableRow);
        }

        return table;
    }
}
