using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using V = DocumentFormat.OpenXml.Vml;

namespace Grader.Pipeline.Tests.Ingestion.OpenXml;

/// <summary>
/// Builds Word documents in memory with the OpenXml SDK: a styles part (French heading styles, a style
/// inheriting a heading, a hidden character style), a numbering part (decimal multi-level and bullets),
/// notes, a header, a footer and comments, and whatever body the test gives.
/// </summary>
internal static class DocxFixture
{
    public const int NumberedList = 1;
    public const int BulletList = 2;

    public static byte[] Build(params OpenXmlElement[] bodyContent)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = Styles();
            main.AddNewPart<NumberingDefinitionsPart>().Numbering = Numbering();
            main.AddNewPart<FootnotesPart>().Footnotes = new Footnotes(
                new Footnote(new Paragraph(new Run(new SeparatorMark()))) { Type = FootnoteEndnoteValues.Separator, Id = -1 },
                new Footnote(new Paragraph(new Run(new ContinuationSeparatorMark()))) { Type = FootnoteEndnoteValues.ContinuationSeparator, Id = 0 },
                new Footnote(new Paragraph(new Run(new Text("Source\u00a0: enquête interne 2024.")))) { Id = 1 });
            main.AddNewPart<EndnotesPart>().Endnotes = new Endnotes(
                new Endnote(new Paragraph(new Run(new Text("Note de fin\u00a0: glossaire.")))) { Id = 1 });
            main.AddNewPart<WordprocessingCommentsPart>().Comments = new Comments(
                new Comment(new Paragraph(new Run(new Text("À reformuler, trop vague.")))) { Id = "0", Author = "Tuteur" });

            var header = main.AddNewPart<HeaderPart>();
            header.Header = new Header(new Paragraph(new Run(new Text("En-tête du dossier"))));
            var footer = main.AddNewPart<FooterPart>();
            footer.Footer = new Footer(new Paragraph(
                new Run(new Text("Pied de page ")),
                new Run(new FieldChar { FieldCharType = FieldCharValues.Begin }),
                new Run(new FieldCode(" PAGE \\* MERGEFORMAT ")),
                new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }),
                new Run(new Text("1")),
                new Run(new FieldChar { FieldCharType = FieldCharValues.End })));

            var body = new Body(bodyContent);
            body.Append(new SectionProperties(
                new HeaderReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(header) },
                new FooterReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(footer) }));
            main.Document = new Document(body);
            main.Document.AddNamespaceDeclaration("wps", "http://schemas.microsoft.com/office/word/2010/wordprocessingShape");
        }

        return stream.ToArray();
    }

    public static Paragraph P(params OpenXmlElement[] content) => new(content);

    public static Paragraph P(string text) => new(R(text));

    public static Paragraph Styled(string styleId, string text) =>
        new(new ParagraphProperties(new ParagraphStyleId { Val = styleId }), R(text));

    public static Paragraph ListItem(int numId, int level, string text) =>
        new(
            new ParagraphProperties(new NumberingProperties(
                new NumberingLevelReference { Val = level },
                new NumberingId { Val = numId })),
            R(text));

    public static Run R(string text) => new(new Text(text) { Space = SpaceProcessingModeValues.Preserve });

    public static Run R(RunProperties properties, string text) =>
        new(properties, new Text(text) { Space = SpaceProcessingModeValues.Preserve });

    public static Paragraph PageBreak() => new(new Run(new Break { Type = BreakValues.Page }));

    /// <summary>A legacy VML text box, as Word writes in the Fallback branch.</summary>
    public static Picture VmlTextBox(string text) =>
        new(new V.Shape(new V.TextBox(new TextBoxContent(P(text)))) { Id = "tb" + text.Length, Style = "width:200pt;height:40pt" });

    private static Styles Styles() => new(
        new DocDefaults(new RunPropertiesDefault(new RunPropertiesBaseStyle(new FontSize { Val = "22" }))),
        ParagraphStyle("Normal", "Normal", null),
        ParagraphStyle("Title", "Title", "Normal"),
        ParagraphStyle("Titre1", "heading 1", "Normal"),
        ParagraphStyle("Titre2", "heading 2", "Normal"),
        // Inherits its level from Titre2 through basedOn: the parser must follow the chain.
        ParagraphStyle("MonTitre", "Mon titre de partie", "Titre2"),
        // No heading name, only an outline level: Word shows it in the navigation pane as level 3.
        new Style(
            new StyleName { Val = "Section annexe" },
            new BasedOn { Val = "Normal" },
            new StyleParagraphProperties(new OutlineLevel { Val = 2 }))
        { Type = StyleValues.Paragraph, StyleId = "SectionAnnexe" },
        new Style(
            new StyleName { Val = "Texte caché" },
            new StyleRunProperties(new Vanish()))
        { Type = StyleValues.Character, StyleId = "Cache" });

    private static Style ParagraphStyle(string id, string name, string? basedOn)
    {
        var style = new Style(new StyleName { Val = name }) { Type = StyleValues.Paragraph, StyleId = id };
        if (basedOn is not null)
        {
            style.Append(new BasedOn { Val = basedOn });
        }

        return style;
    }

    private static Numbering Numbering() => new(
        new AbstractNum(
            Level(0, NumberFormatValues.Decimal, "%1."),
            Level(1, NumberFormatValues.Decimal, "%1.%2."),
            Level(2, NumberFormatValues.LowerLetter, "%3)"))
        { AbstractNumberId = 0 },
        new AbstractNum(
            Level(0, NumberFormatValues.Bullet, "\uF0B7"),
            Level(1, NumberFormatValues.Bullet, "o"))
        { AbstractNumberId = 1 },
        new NumberingInstance(new AbstractNumId { Val = 0 }) { NumberID = NumberedList },
        new NumberingInstance(new AbstractNumId { Val = 1 }) { NumberID = BulletList });

    private static Level Level(int index, NumberFormatValues format, string text) =>
        new(new StartNumberingValue { Val = 1 }, new NumberingFormat { Val = format }, new LevelText { Val = text })
        {
            LevelIndex = index,
        };
}
