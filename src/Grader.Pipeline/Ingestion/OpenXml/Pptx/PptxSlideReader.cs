using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Presentation;
using A = DocumentFormat.OpenXml.Drawing;

namespace Grader.Pipeline.Ingestion.OpenXml.Pptx;

/// <summary>
/// Reads one slide: the title first, then the other shapes in reading order (top to bottom, then left to
/// right), tables row by row, and the speaker notes last, as a separate block.
/// </summary>
internal sealed class PptxSlideReader(long slideWidth, long slideHeight)
{
    /// <summary>Shapes whose tops differ by less than this share a "line" and are read left to right.</summary>
    private const double SameLineFraction = 0.02;

    public PptxSlideContent Read(SlidePart slidePart, int page)
    {
        var content = new PptxSlideContent();
        var colours = new PptxColours(slidePart);
        var text = new PptxTextReader(colours);
        var tree = slidePart.Slide?.CommonSlideData?.ShapeTree;
        if (tree is not null)
        {
            foreach (var placed in Order(new PptxShapeCollector(slidePart).Collect(tree)))
            {
                switch (placed.Element)
                {
                    case Shape shape:
                        ReadShape(shape, placed, page, text, colours, content);
                        break;
                    case GraphicFrame frame:
                        ReadTable(frame, placed, page, text, colours, content);
                        break;
                }
            }
        }

        ReadNotes(slidePart, page, content);
        return content;
    }

    private IEnumerable<PptxPlacedShape> Order(List<PptxPlacedShape> shapes)
    {
        var band = Math.Max(1, (long)(slideHeight * SameLineFraction));
        return shapes
            .Select((shape, index) => (shape, index))
            .OrderBy(s => s.shape.Element is Shape sp && PptxPlaceholders.IsTitle(sp) ? 0 : 1)
            .ThenBy(s => s.shape.HasPosition ? s.shape.Y / band : long.MaxValue)
            .ThenBy(s => s.shape.X)
            .ThenBy(s => s.index)
            .Select(s => s.shape);
    }

    private void ReadShape(Shape shape, PptxPlacedShape placed, int page, PptxTextReader text, PptxColours colours, PptxSlideContent content)
    {
        var background = ShapeBackground(shape, colours);
        var paragraphs = text.Read(shape.TextBody, background);
        if (paragraphs.Count == 0)
        {
            return;
        }

        if (placed.Invisibility(slideWidth, slideHeight) is { } invisible)
        {
            var all = string.Join("\n", paragraphs.SelectMany(p => p.Hidden.Values.Prepend(p.Visible)).Where(t => t.Length > 0));
            if (all.Length > 0)
            {
                content.Flags.Add(OfficeFlags.Hidden(invisible, page, all));
            }

            return;
        }

        ReportHidden(paragraphs, page, content);
        var bounds = placed.Bounds(slideHeight);
        if (PptxPlaceholders.IsTitle(shape))
        {
            var title = string.Join(" ", paragraphs.Select(p => p.Visible).Where(t => t.Length > 0)).Replace('\n', ' ');
            if (title.Length > 0)
            {
                content.Title ??= title;
                content.Blocks.Add(new DocumentBlock { Kind = BlockKind.Heading, Level = 1, Page = page, Text = title, Bounds = bounds });
            }

            return;
        }

        var bodyBullets = PptxPlaceholders.IsBulletedBody(shape);
        var counter = new PptxListCounter();
        foreach (var paragraph in paragraphs.Where(p => p.Visible.Length > 0))
        {
            var isList = paragraph.Bullet.Kind is PptxBulletKind.Character or PptxBulletKind.AutoNumber
                || (bodyBullets && paragraph.Bullet.Kind == PptxBulletKind.Inherited);
            content.Blocks.Add(isList
                ? new DocumentBlock
                {
                    Kind = BlockKind.ListItem,
                    Page = page,
                    Text = paragraph.Visible,
                    Level = paragraph.Level,
                    ListLabel = counter.Next(paragraph.Bullet, paragraph.Level),
                    Bounds = bounds,
                }
                : new DocumentBlock { Kind = BlockKind.Paragraph, Page = page, Text = paragraph.Visible, Bounds = bounds });
        }
    }

    private void ReadTable(GraphicFrame frame, PptxPlacedShape placed, int page, PptxTextReader text, PptxColours colours, PptxSlideContent content)
    {
        var table = frame.Graphic?.GraphicData?.GetFirstChild<A.Table>();
        if (table is null)
        {
            return;
        }

        var rows = new List<TableRow>();
        var hidden = new List<PptxParagraph>();
        foreach (var row in table.Elements<A.TableRow>())
        {
            var cells = new List<string>();
            foreach (var cell in row.Elements<A.TableCell>())
            {
                // Merged continuation cells repeat nothing: their text lives in the first cell of the merge.
                if (cell.HorizontalMerge?.Value == true || cell.VerticalMerge?.Value == true)
                {
                    cells.Add(string.Empty);
                    continue;
                }

                // A table style (PowerPoint's default for every new table) paints cells we do not resolve.
                var fill = colours.Resolve(cell.TableCellProperties?.GetFirstChild<A.SolidFill>())
                    ?? (table.TableProperties?.GetFirstChild<A.TableStyleId>() is null ? colours.SlideBackground : null);
                var paragraphs = text.Read(cell.TextBody, fill);
                hidden.AddRange(paragraphs);
                cells.Add(string.Join(" ", paragraphs.Select(p => p.Visible).Where(t => t.Length > 0)).Replace('\n', ' '));
            }

            if (cells.Any(c => c.Length > 0))
            {
                rows.Add(new TableRow(cells));
            }
        }

        var tableText = string.Join("\n", rows.Select(r => string.Join(" | ", r.Cells)));
        if (placed.Invisibility(slideWidth, slideHeight) is { } invisible)
        {
            if (tableText.Length > 0)
            {
                content.Flags.Add(OfficeFlags.Hidden(invisible, page, tableText));
            }

            return;
        }

        ReportHidden(hidden, page, content);
        if (rows.Count > 0)
        {
            content.Blocks.Add(new DocumentBlock { Kind = BlockKind.Table, Page = page, Text = tableText, Rows = rows, Bounds = placed.Bounds(slideHeight) });
        }
    }

    /// <summary>
    /// What is behind a shape's text: its own solid fill, the slide when it has no fill, and unknown (null)
    /// for gradients, pictures and theme-styled fills, so that white text in a coloured box is not flagged.
    /// </summary>
    private static OfficeColor? ShapeBackground(Shape shape, PptxColours colours)
    {
        var properties = shape.ShapeProperties;
        if (properties?.GetFirstChild<A.SolidFill>() is { } solid)
        {
            return colours.Resolve(solid);
        }

        if (properties?.GetFirstChild<A.NoFill>() is not null)
        {
            return colours.SlideBackground;
        }

        var painted = properties?.GetFirstChild<A.GradientFill>() is not null
            || properties?.GetFirstChild<A.BlipFill>() is not null
            || properties?.GetFirstChild<A.PatternFill>() is not null
            || shape.ShapeStyle?.FillReference?.Index?.Value is > 0;
        return painted ? null : colours.SlideBackground;
    }

    private static void ReadNotes(SlidePart slidePart, int page, PptxSlideContent content)
    {
        var tree = slidePart.NotesSlidePart?.NotesSlide?.CommonSlideData?.ShapeTree;
        if (tree is null)
        {
            return;
        }

        // Notes are read in the light of a white page, as they are printed and shown in the presenter view.
        var text = new PptxTextReader(new PptxColours(slidePart));
        var paragraphs = tree.Descendants<Shape>()
            .Where(PptxPlaceholders.IsNotesBody)
            .SelectMany(s => text.Read(s.TextBody, OfficeColor.White))
            .ToList();
        ReportHidden(paragraphs, page, content);
        var notes = string.Join("\n", paragraphs.Select(p => p.Visible).Where(t => t.Length > 0));
        if (notes.Length > 0)
        {
            content.Blocks.Add(new DocumentBlock { Kind = BlockKind.Notes, Page = page, Text = notes });
        }
    }

    private static void ReportHidden(IEnumerable<PptxParagraph> paragraphs, int page, PptxSlideContent content)
    {
        foreach (var group in paragraphs.SelectMany(p => p.Hidden).Where(h => h.Value.Length > 0).GroupBy(h => h.Key))
        {
            content.Flags.Add(OfficeFlags.Hidden(group.Key, page, string.Join("\n", group.Select(h => h.Value))));
        }
    }
}
