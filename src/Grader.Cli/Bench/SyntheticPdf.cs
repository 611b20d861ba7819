using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace Grader.Cli.Bench;

/// <summary>A dense A4 PDF of N pages (heading, running header and footer, justified-looking paragraphs).</summary>
internal static class SyntheticPdf
{
    public static byte[] Create(int pages, int seed = 42)
    {
        var text = new SyntheticText(seed);
        using var builder = new PdfDocumentBuilder();
        var regular = builder.AddStandard14Font(Standard14Font.Helvetica);
        var bold = builder.AddStandard14Font(Standard14Font.HelveticaBold);
        for (var number = 1; number <= pages; number++)
        {
            var page = builder.AddPage(PageSize.A4);
            page.AddText("Dossier de certification - Plan d'actions commerciales", 8, new PdfPoint(56, 805), regular);
            page.AddText($"{number}", 8, new PdfPoint(297, 30), regular);
            var y = 770.0;
            if (number % 3 == 1)
            {
                page.AddText($"{number / 3 + 1}. {text.Sentence(3, 6).TrimEnd('.')}", 14, new PdfPoint(56, y), bold);
                y -= 28;
            }

            while (y > 70)
            {
                foreach (var line in WrapToLines(text.Paragraph(4), 95))
                {
                    if (y <= 70)
                    {
                        break;
                    }

                    page.AddText(line, 10, new PdfPoint(56, y), regular);
                    y -= 13;
                }

                y -= 8;
            }
        }

        return builder.Build();
    }

    private static IEnumerable<string> WrapToLines(string paragraph, int width)
    {
        var line = new System.Text.StringBuilder();
        foreach (var word in paragraph.Split(' '))
        {
            if (line.Length + word.Length + 1 > width)
            {
                yield return line.ToString();
                line.Clear();
            }

            line.Append(line.Length == 0 ? word : " " + word);
        }

        if (line.Length > 0)
        {
            yield return line.ToString();
        }
    }
}
