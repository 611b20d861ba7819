using DocumentFormat.OpenXml.Presentation;
using Grader.Pipeline.Ingestion;
using Grader.Pipeline.Ingestion.OpenXml.Pptx;
using Microsoft.Extensions.Logging.Abstractions;
using static Grader.Pipeline.Tests.Ingestion.OpenXml.PptxFixture;
using A = DocumentFormat.OpenXml.Drawing;

namespace Grader.Pipeline.Tests.Ingestion.OpenXml;

public sealed class PptxDocumentParserTests
{
    private static readonly PptxDocumentParser Parser = new(NullLogger<PptxDocumentParser>.Instance);

    private static ParserOutput Parse(byte[] pptx, IngestionOptions? options = null) =>
        Parser.Parse(OfficeTestSupport.Input(pptx, "soutenance.pptx", options), TestContext.Current.CancellationToken);

    private static byte[] ThreeSlides() => Build(
        new SlideSpec(
            [
                // Declared first in the tree but placed at the bottom: reading order must put it last.
                TextBox(500000, 6000000, 4000000, 400000, Para("Bas de diapositive")),
                TextBox(6500000, 4500000, 4000000, 500000, Para("Contact à droite")),
                TextBox(500000, 4500000, 4000000, 500000, Para("Conclusion à gauche")),
                Placeholder(PlaceholderValues.Title, null, 500000, 300000, 11000000, 1000000, Para("Présentation du projet")),
                Placeholder(
                    null, 1u, 500000, 1500000, 11000000, 2500000,
                    Para("Objectif"),
                    Para("Réduire les délais", level: 1),
                    Para("Sans puce", bullet: new A.NoBullet()),
                    Runs(Run("Visible "), Run("texte blanc", White()), Run(" minuscule", Size(200)))),
                TextBox(13000000, 500000, 2000000, 500000, Para("Hors cadre")),
            ],
            Notes: "Penser à citer le client."),
        new SlideSpec(
            [
                Placeholder(PlaceholderValues.Title, null, 500000, 300000, 11000000, 1000000, Para("Résultats")),
                Table(500000, 1500000, ["Critère", "Niveau"], ["C1", "Acquis"]),
            ]),
        new SlideSpec(
            [
                Placeholder(PlaceholderValues.Title, null, 500000, 300000, 11000000, 1000000, Para("Diapositive cachée")),
                TextBox(500000, 1500000, 4000000, 500000, Para("Argument secret")),
            ],
            Hidden: true));

    [Fact]
    public void One_page_per_slide_labelled_with_the_title_in_reading_order()
    {
        var output = Parse(ThreeSlides());

        Assert.Equal([1, 2, 3], output.Pages.Select(p => p.Number));
        Assert.Equal(["Présentation du projet", "Résultats", "Diapositive cachée"], output.Pages.Select(p => p.Label));
        var first = output.Pages[0].Blocks;
        Assert.Equal(
            [
                "Présentation du projet", "Objectif", "Réduire les délais", "Sans puce", "Visible",
                "Conclusion à gauche", "Contact à droite", "Bas de diapositive", "Penser à citer le client.",
            ],
            first.Select(b => b.Text));
        Assert.Equal(BlockKind.Heading, first[0].Kind);
        Assert.Equal(1, first[0].Level);
        Assert.Equal(3, output.Metadata.PageCount);
        Assert.False(output.PageNumbersEstimated);
    }

    [Fact]
    public void Body_placeholder_paragraphs_are_list_items_with_levels()
    {
        var blocks = Parse(ThreeSlides()).Pages[0].Blocks;

        var objective = Assert.Single(blocks, b => b.Text == "Objectif");
        Assert.Equal((BlockKind.ListItem, 0, "•"), (objective.Kind, objective.Level, objective.ListLabel));
        var delay = Assert.Single(blocks, b => b.Text == "Réduire les délais");
        Assert.Equal((BlockKind.ListItem, 1), (delay.Kind, delay.Level));
        Assert.Equal(BlockKind.Paragraph, Assert.Single(blocks, b => b.Text == "Sans puce").Kind);
        Assert.Equal(BlockKind.Paragraph, Assert.Single(blocks, b => b.Text == "Conclusion à gauche").Kind);
        var bounds = Assert.Single(blocks, b => b.Text == "Conclusion à gauche").Bounds!;
        Assert.Equal(500000 / 12700.0, bounds.X, 3);
        Assert.Equal((SlideHeight - 5000000) / 12700.0, bounds.Y, 3);
    }

    [Fact]
    public void Tables_and_notes_are_separate_blocks()
    {
        var output = Parse(ThreeSlides());

        var table = Assert.Single(output.Pages[1].Blocks, b => b.Kind == BlockKind.Table);
        Assert.Equal("Critère | Niveau\nC1 | Acquis", table.Text);
        Assert.Equal(["C1", "Acquis"], table.Rows![1].Cells);
        var notes = Assert.Single(output.AllBlocks(), b => b.Kind == BlockKind.Notes);
        Assert.Equal(("Penser à citer le client.", 1), (notes.Text, notes.Page));
    }

    [Fact]
    public void Hidden_slides_off_slide_white_and_tiny_text_are_flagged_not_read()
    {
        var output = Parse(ThreeSlides());

        var texts = output.AllBlocks().Select(b => b.Text).ToList();
        Assert.DoesNotContain(texts, t => t.Contains("secret") || t.Contains("cachée") || t.Contains("Hors cadre") || t.Contains("blanc") || t.Contains("minuscule"));
        Assert.Empty(output.Pages[2].Blocks);

        Assert.Contains(output.Flags, f => f.Kind == "hidden-text" && f.Page == 3 && f.Content == "Diapositive cachée\nArgument secret" && f.Detail.Contains("Diapositive masquée"));
        Assert.Contains(output.Flags, f => f.Kind == "hidden-text" && f.Page == 1 && f.Content == "Hors cadre" && f.Detail.Contains("hors de la zone visible"));
        Assert.Contains(output.Flags, f => f.Kind == "hidden-text" && f.Page == 1 && f.Content == "texte blanc");
        Assert.Contains(output.Flags, f => f.Kind == "hidden-text" && f.Page == 1 && f.Content == "minuscule");
    }

    [Fact]
    public void Group_shapes_are_placed_through_their_transform()
    {
        // Child space 4 000 000 × 2 000 000 mapped onto 2 000 000 × 1 000 000 at (1 000 000, 5 000 000).
        var onSlide = Group(1000000, 5000000, TextBox(0, 0, 1000000, 500000, Para("Légende du schéma")));
        // Same group content, but the group sits right of the slide: everything in it is invisible.
        var offSlide = Group(SlideWidth + 10, 0, TextBox(0, 0, 1000000, 500000, Para("Texte caché dans un groupe")));
        var output = Parse(Build(new SlideSpec(
        [
            onSlide,
            TextBox(1000000, 1000000, 4000000, 500000, Para("Au-dessus")),
            offSlide,
        ])));

        var blocks = output.AllBlocks().ToList();
        Assert.Equal(["Au-dessus", "Légende du schéma"], blocks.Select(b => b.Text));
        Assert.Equal(1000000 / 12700.0, blocks[1].Bounds!.X, 3);
        Assert.Equal(500000 / 2 / 12700.0, blocks[1].Bounds!.Height, 3);
        Assert.Equal("Texte caché dans un groupe", Assert.Single(output.Flags).Content);
    }

    [Fact]
    public void White_text_on_a_theme_filled_shape_is_visible_but_on_the_white_slide_is_not()
    {
        var filled = TextBox(1000000, 1000000, 4000000, 500000, Runs(Run("Blanc sur forme colorée", White())));
        filled.Append(new ShapeStyle(
            new A.LineReference(new A.SchemeColor { Val = A.SchemeColorValues.Accent1 }) { Index = 2 },
            new A.FillReference(new A.SchemeColor { Val = A.SchemeColorValues.Accent1 }) { Index = 1 },
            new A.EffectReference(new A.SchemeColor { Val = A.SchemeColorValues.Accent1 }) { Index = 0 },
            new A.FontReference(new A.SchemeColor { Val = A.SchemeColorValues.Light1 }) { Index = A.FontCollectionIndexValues.Minor }));
        var output = Parse(Build(new SlideSpec(
        [
            filled,
            TextBox(1000000, 3000000, 4000000, 500000, Runs(Run("Blanc sur fond blanc", White()))),
        ])));

        Assert.Equal(["Blanc sur forme colorée"], output.AllBlocks().Select(b => b.Text));
        Assert.Equal("Blanc sur fond blanc", Assert.Single(output.Flags).Content);
    }

    [Fact]
    public void Placeholders_without_position_take_it_from_the_layout()
    {
        // The body placeholder has no xfrm of its own; its layout puts it at the bottom of the slide.
        var body = new Shape(
            new NonVisualShapeProperties(
                new NonVisualDrawingProperties { Id = 70, Name = "Corps" },
                new NonVisualShapeDrawingProperties(),
                new ApplicationNonVisualDrawingProperties(new PlaceholderShape { Type = PlaceholderValues.Body, Index = 1 })),
            new ShapeProperties(),
            new TextBody(new A.BodyProperties(), new A.ListStyle(), Para("Texte du corps")));
        var bytes = Build(new SlideSpec([body, TextBox(500000, 2000000, 4000000, 500000, Para("Milieu"))]));

        using (var stream = new MemoryStream())
        {
            stream.Write(bytes);
            using (var document = DocumentFormat.OpenXml.Packaging.PresentationDocument.Open(stream, true))
            {
                var slidePart = document.PresentationPart!.SlideParts.Single();
                var layoutPart = slidePart.AddNewPart<DocumentFormat.OpenXml.Packaging.SlideLayoutPart>();
                layoutPart.SlideLayout = new SlideLayout(new CommonSlideData(new ShapeTree(
                    new NonVisualGroupShapeProperties(
                        new NonVisualDrawingProperties { Id = 1, Name = "" },
                        new NonVisualGroupShapeDrawingProperties(),
                        new ApplicationNonVisualDrawingProperties()),
                    new GroupShapeProperties(new A.TransformGroup()),
                    Placeholder(PlaceholderValues.Body, 1u, 500000, 5000000, 11000000, 1000000))));
            }

            bytes = stream.ToArray();
        }

        var blocks = Parse(bytes).AllBlocks().ToList();
        Assert.Equal(["Milieu", "Texte du corps"], blocks.Select(b => b.Text));
        Assert.Equal((SlideHeight - 6000000) / 12700.0, blocks[1].Bounds!.Y, 3);
    }

    [Fact]
    public void Shapes_hidden_in_the_selection_pane_are_flagged_not_read()
    {
        var hidden = TextBox(1000000, 1000000, 4000000, 500000, Para("Consigne invisible pour l’IA"));
        hidden.NonVisualShapeProperties!.NonVisualDrawingProperties!.Hidden = true;
        var output = Parse(Build(new SlideSpec([hidden, TextBox(1000000, 2000000, 4000000, 500000, Para("Texte projeté"))])));

        Assert.Equal(["Texte projeté"], output.AllBlocks().Select(b => b.Text));
        var flag = Assert.Single(output.Flags);
        Assert.Equal(("Consigne invisible pour l’IA", 1), (flag.Content, flag.Page));
        Assert.Contains("volet de sélection", flag.Detail);
    }

    private static GroupShape Group(long x, long y, params DocumentFormat.OpenXml.OpenXmlElement[] children)
    {
        var group = new GroupShape(
            new NonVisualGroupShapeProperties(
                new NonVisualDrawingProperties { Id = 90, Name = "Groupe" },
                new NonVisualGroupShapeDrawingProperties(),
                new ApplicationNonVisualDrawingProperties()),
            new GroupShapeProperties(new A.TransformGroup(
                new A.Offset { X = x, Y = y },
                new A.Extents { Cx = 2000000, Cy = 1000000 },
                new A.ChildOffset { X = 0, Y = 0 },
                new A.ChildExtents { Cx = 4000000, Cy = 2000000 })));
        group.Append(children);
        return group;
    }

    [Fact]
    public void Auto_numbered_paragraphs_are_counted()
    {
        var numbered = new A.AutoNumberedBullet { Type = A.TextAutoNumberSchemeValues.ArabicPeriod };
        var output = Parse(Build(new SlideSpec(
        [
            TextBox(0, 0, 5000000, 3000000,
                Para("Premier", bullet: numbered.CloneNode(true)),
                Para("Deuxième", bullet: numbered.CloneNode(true)),
                Para("Troisième", bullet: numbered.CloneNode(true))),
        ])));

        Assert.Equal(["1.", "2.", "3."], output.AllBlocks().Select(b => b.ListLabel));
    }

    [Fact]
    public void Too_many_slides_is_a_typed_error()
    {
        var bytes = Build(new SlideSpec([]), new SlideSpec([]), new SlideSpec([]));

        var error = Assert.Throws<IngestionException>(() => Parse(bytes, new IngestionOptions { MaxPages = 2 }));
        Assert.Equal(IngestionErrorKind.TooManyPages, error.Kind);
        Assert.Contains("diapositives", error.Message);
    }

    [Fact]
    public void A_word_file_given_as_presentation_is_corrupt()
    {
        var error = Assert.Throws<IngestionException>(() => Parse(DocxFixture.Build(DocxFixture.P("Texte"))));
        Assert.Equal(IngestionErrorKind.Corrupt, error.Kind);
        Assert.Contains("PowerPoint", error.Message);
    }
}
