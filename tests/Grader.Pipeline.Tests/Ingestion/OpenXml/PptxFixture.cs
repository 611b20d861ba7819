using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Presentation;
using A = DocumentFormat.OpenXml.Drawing;

namespace Grader.Pipeline.Tests.Ingestion.OpenXml;

/// <summary>Builds presentations in memory: slides of placed shapes, tables and speaker notes (16:9, EMU).</summary>
internal static class PptxFixture
{
    public const long SlideWidth = 12192000;
    public const long SlideHeight = 6858000;

    public sealed record SlideSpec(IReadOnlyList<OpenXmlElement> Shapes, string? Notes = null, bool Hidden = false);

    public static byte[] Build(params SlideSpec[] slides)
    {
        using var stream = new MemoryStream();
        using (var document = PresentationDocument.Create(stream, PresentationDocumentType.Presentation))
        {
            var presentationPart = document.AddPresentationPart();
            var slideIds = new SlideIdList();
            presentationPart.Presentation = new Presentation(
                slideIds,
                new SlideSize { Cx = (int)SlideWidth, Cy = (int)SlideHeight },
                new NotesSize { Cx = 6858000, Cy = 9144000 });

            uint id = 256;
            foreach (var spec in slides)
            {
                var slidePart = presentationPart.AddNewPart<SlidePart>();
                slidePart.Slide = new Slide(new CommonSlideData(Tree(spec.Shapes)));
                if (spec.Hidden)
                {
                    slidePart.Slide.Show = false;
                }

                if (spec.Notes is not null)
                {
                    var notesPart = slidePart.AddNewPart<NotesSlidePart>();
                    notesPart.NotesSlide = new NotesSlide(new CommonSlideData(Tree(
                    [
                        Placeholder(PlaceholderValues.SlideImage, null, 0, 0, 100, 100),
                        Placeholder(PlaceholderValues.Body, 1u, 0, 5000000, 6000000, 3000000, Para(spec.Notes)),
                    ])));
                }

                slideIds.Append(new SlideId { Id = id++, RelationshipId = presentationPart.GetIdOfPart(slidePart) });
            }
        }

        return stream.ToArray();
    }

    public static Shape Placeholder(PlaceholderValues? type, uint? index, long x, long y, long cx, long cy, params A.Paragraph[] paragraphs)
    {
        var placeholder = new PlaceholderShape();
        if (type is { } t)
        {
            placeholder.Type = t;
        }

        if (index is { } i)
        {
            placeholder.Index = i;
        }

        return Shape(new ApplicationNonVisualDrawingProperties(placeholder), x, y, cx, cy, paragraphs);
    }

    public static Shape TextBox(long x, long y, long cx, long cy, params A.Paragraph[] paragraphs) =>
        Shape(new ApplicationNonVisualDrawingProperties(), x, y, cx, cy, paragraphs);

    public static A.Paragraph Para(string text, int level = 0, A.RunProperties? run = null, OpenXmlElement? bullet = null)
    {
        var properties = new A.ParagraphProperties { Level = level };
        if (bullet is not null)
        {
            properties.Append(bullet);
        }

        return new A.Paragraph(properties, new A.Run(run ?? new A.RunProperties { Language = "fr-FR" }, new A.Text(text)));
    }

    public static A.Paragraph Runs(params A.Run[] runs) => new(runs);

    public static A.Run Run(string text, A.RunProperties? properties = null) =>
        new(properties ?? new A.RunProperties(), new A.Text(text));

    public static A.RunProperties White() => new(new A.SolidFill(new A.RgbColorModelHex { Val = "FFFFFF" }));

    public static A.RunProperties Size(int hundredths) => new() { FontSize = hundredths };

    public static GraphicFrame Table(long x, long y, params string[][] rows)
    {
        var table = new A.Table(new A.TableProperties(), new A.TableGrid(rows[0].Select(_ => new A.GridColumn { Width = 2000000 })));
        foreach (var row in rows)
        {
            table.Append(new A.TableRow(row.Select(cell => new A.TableCell(
                new A.TextBody(new A.BodyProperties(), new A.ListStyle(), new A.Paragraph(new A.Run(new A.Text(cell)))),
                new A.TableCellProperties())))
            { Height = 370840 });
        }

        return new GraphicFrame(
            new NonVisualGraphicFrameProperties(
                new NonVisualDrawingProperties { Id = 10, Name = "Tableau" },
                new NonVisualGraphicFrameDrawingProperties(),
                new ApplicationNonVisualDrawingProperties()),
            new Transform(new A.Offset { X = x, Y = y }, new A.Extents { Cx = 6000000, Cy = 1000000 }),
            new A.Graphic(new A.GraphicData(table) { Uri = "http://schemas.openxmlformats.org/drawingml/2006/table" }));
    }

    private static ShapeTree Tree(IEnumerable<OpenXmlElement> shapes)
    {
        var tree = new ShapeTree(
            new NonVisualGroupShapeProperties(
                new NonVisualDrawingProperties { Id = 1, Name = "" },
                new NonVisualGroupShapeDrawingProperties(),
                new ApplicationNonVisualDrawingProperties()),
            new GroupShapeProperties(new A.TransformGroup()));
        tree.Append(shapes.Select(s => s.CloneNode(true)));
        return tree;
    }

    private static uint _shapeId = 2;

    private static Shape Shape(ApplicationNonVisualDrawingProperties appProperties, long x, long y, long cx, long cy, A.Paragraph[] paragraphs) =>
        new(
            new NonVisualShapeProperties(
                new NonVisualDrawingProperties { Id = Interlocked.Increment(ref _shapeId), Name = "Forme" },
                new NonVisualShapeDrawingProperties(),
                appProperties),
            new ShapeProperties(new A.Transform2D(new A.Offset { X = x, Y = y }, new A.Extents { Cx = cx, Cy = cy })),
            new TextBody(new[] { (OpenXmlElement)new A.BodyProperties(), new A.ListStyle() }.Concat(paragraphs)));
}
