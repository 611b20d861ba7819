using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Grader.Pipeline.Reporting.Docx;

/// <summary>
/// The few named styles the grid uses, defined in the package so that Word and LibreOffice render the same
/// thing without relying on their own defaults: French language (spelling, typography), a sans-serif body
/// at 9 pt for dense tables, a title, a heading and a bordered table style.
/// </summary>
public static class DocxStyles
{
    public const string Title = "Title";
    public const string Heading = "Heading1";
    public const string Notice = "GraderNotice";
    public const string Grid = "TableGrid";

    public static void AddTo(MainDocumentPart main)
    {
        var part = main.AddNewPart<StyleDefinitionsPart>();
        part.Styles = new Styles(
            new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(
                    new RunFonts { Ascii = "Calibri", HighAnsi = "Calibri", ComplexScript = "Calibri", EastAsia = "Calibri" },
                    new FontSize { Val = "18" },
                    new FontSizeComplexScript { Val = "18" },
                    new Languages { Val = "fr-FR" })),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
                    new SpacingBetweenLines { After = "60", Line = "252", LineRule = LineSpacingRuleValues.Auto }))),
            ParagraphStyle("Normal", "Normal", isDefault: true),
            ParagraphStyle(Title, "Title", runProperties: new StyleRunProperties(new Bold(), new Color { Val = "1F3864" }, new FontSize { Val = "32" })),
            ParagraphStyle(Heading, "heading 1", basedOn: "Normal", runProperties: new StyleRunProperties(new Bold(), new Color { Val = "1F3864" }, new FontSize { Val = "24" }),
                paragraphProperties: new StyleParagraphProperties(new KeepNext(), new SpacingBetweenLines { Before = "240", After = "120" }, new OutlineLevel { Val = 0 })),
            ParagraphStyle(Notice, "Avertissement Grader", basedOn: "Normal",
                paragraphProperties: new StyleParagraphProperties(
                    new ParagraphBorders(
                        new TopBorder { Val = BorderValues.Single, Size = 8, Color = "C55A11", Space = 4 },
                        new LeftBorder { Val = BorderValues.Single, Size = 8, Color = "C55A11", Space = 4 },
                        new BottomBorder { Val = BorderValues.Single, Size = 8, Color = "C55A11", Space = 4 },
                        new RightBorder { Val = BorderValues.Single, Size = 8, Color = "C55A11", Space = 4 }),
                    new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = "FBE4D5" },
                    new SpacingBetweenLines { Before = "120", After = "120" })),
            GridStyle());
    }

    private static Style ParagraphStyle(
        string id, string name, bool isDefault = false, string? basedOn = null,
        StyleParagraphProperties? paragraphProperties = null, StyleRunProperties? runProperties = null)
    {
        var style = new Style { Type = StyleValues.Paragraph, StyleId = id };
        if (isDefault)
        {
            style.Default = true;
        }

        style.Append(new StyleName { Val = name });
        if (basedOn is not null)
        {
            style.Append(new BasedOn { Val = basedOn });
        }

        style.Append(new PrimaryStyle());
        if (paragraphProperties is not null)
        {
            style.Append(paragraphProperties);
        }

        if (runProperties is not null)
        {
            style.Append(runProperties);
        }

        return style;
    }

    private static Style GridStyle()
    {
        static BorderType Line<T>() where T : BorderType, new() => new T { Val = BorderValues.Single, Size = 4, Color = "808080", Space = 0 };

        return new Style(
            new StyleName { Val = "Table Grid" },
            new PrimaryStyle(),
            new StyleTableProperties(
                new TableBorders(
                    Line<TopBorder>(), Line<LeftBorder>(), Line<BottomBorder>(), Line<RightBorder>(),
                    Line<InsideHorizontalBorder>(), Line<InsideVerticalBorder>()),
                new TableCellMarginDefault(
                    new TopMargin { Width = "40", Type = TableWidthUnitValues.Dxa },
                    new TableCellLeftMargin { Width = 80, Type = TableWidthValues.Dxa },
                    new BottomMargin { Width = "40", Type = TableWidthUnitValues.Dxa },
                    new TableCellRightMargin { Width = 80, Type = TableWidthValues.Dxa })))
        {
            Type = StyleValues.Table,
            StyleId = Grid,
        };
    }
}
