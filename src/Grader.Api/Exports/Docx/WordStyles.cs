using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Grader.Api.Exports.Docx;

/// <summary>
/// The named styles of the service's Word exports, defined in the package (as the pipeline's pre-assessment grid does) so
/// that Word and LibreOffice render them alike: French language, Calibri 10 pt, a title, a heading, a bordered table.
/// </summary>
internal static class WordStyles
{
    public const string Title = "Title";
    public const string Heading = "Heading1";
    public const string Grid = "TableGrid";

    public static void AddTo(MainDocumentPart main)
    {
        var part = main.AddNewPart<StyleDefinitionsPart>();
        part.Styles = new Styles(
            new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(
                    new RunFonts { Ascii = "Calibri", HighAnsi = "Calibri", ComplexScript = "Calibri", EastAsia = "Calibri" },
                    new FontSize { Val = "20" },
                    new Languages { Val = "fr-FR" })),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new SpacingBetweenLines { After = "80" }))),
            Paragraph("Normal", "Normal", null, isDefault: true),
            Paragraph(Title, "Title", new StyleRunProperties(new Bold(), new Color { Val = "1F3864" }, new FontSize { Val = "32" })),
            Paragraph(Heading, "heading 1", new StyleRunProperties(new Bold(), new Color { Val = "1F3864" }, new FontSize { Val = "24" }),
                new StyleParagraphProperties(new KeepNext(), new SpacingBetweenLines { Before = "240", After = "120" }, new OutlineLevel { Val = 0 })),
            TableGrid());
    }

    private static Style Paragraph(string id, string name, StyleRunProperties? run, StyleParagraphProperties? paragraph = null, bool isDefault = false)
    {
        var style = new Style { Type = StyleValues.Paragraph, StyleId = id };
        if (isDefault)
        {
            style.Default = true;
        }

        style.Append(new StyleName { Val = name }, new PrimaryStyle());
        if (paragraph is not null)
        {
            style.Append(paragraph);
        }

        if (run is not null)
        {
            style.Append(run);
        }

        return style;
    }

    private static Style TableGrid()
    {
        static T Line<T>() where T : BorderType, new() => new() { Val = BorderValues.Single, Size = 4, Color = "808080", Space = 0 };

        return new Style(
            new StyleName { Val = "Table Grid" },
            new PrimaryStyle(),
            new StyleTableProperties(new TableBorders(
                Line<TopBorder>(), Line<LeftBorder>(), Line<BottomBorder>(), Line<RightBorder>(), Line<InsideHorizontalBorder>(), Line<InsideVerticalBorder>())))
        {
            Type = StyleValues.Table,
            StyleId = Grid,
        };
    }
}
