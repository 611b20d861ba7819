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
        // An embedded TrueType font, as word processors produce, when the machine has one; the standard 14
        // fonts cannot draw most French accents, so without one the text is written without accents.
        var (regular, bold, accents) = File.Exists(DejaVu) && File.Exists(DejaVuBold)
            ? (builder.AddTrueTypeFont(File.ReadAllBytes(DejaVu)), builder.AddTrueTypeFont(File.ReadAllBytes(DejaVuBold)), true)
            : (builder.AddStandard14Font(Standard14Font.Helvetica), builder.AddStandard14Font(Standard14Font.HelveticaBold), false);
        string Ink(string line) => accents ? line : WithoutAccents(line);
        for (var number = 1; number <= pages; number++)
        {
            var page = builder.AddPage(PageSize.A4);
            page.AddText("Dossier de certification - Plan d'actions commerciales", 8, new PdfPoint(56, 805), regular);
            page.AddText($"{number}", 8, new PdfPoint(297, 30), regular);
            var y = 770.0;
            if (number % 3 == 1)
            {
                page.AddText(Ink($"{number / 3 + 1}. {text.Sentence(3, 6).TrimEnd('.')}"), 14, new PdfPoint(56, y), bold);
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

                    page.AddText(Ink(line), 10, new PdfPoint(56, y), regular);
                    y -= 13;
                }

                y -= 8;
            }
        }

        return builder.Build();
    }

    private const string DejaVu = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";
    private const string DejaVuBold = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf";

    private static string WithoutAccents(string text) =>
        new(text.Normalize(System.Text.NormalizationForm.FormD).Where(c => System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark).Select(c => c == '’' ? '\'' : c).ToArray());

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
