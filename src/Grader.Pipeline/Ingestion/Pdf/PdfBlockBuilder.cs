using UglyToad.PdfPig.Core;

namespace Grader.Pipeline.Ingestion.Pdf;

/// <summary>
/// Turns the regions of a page into document blocks: running headers and footers, tables, and inside text
/// regions, line by line, headings, list items (with their marker and nesting) and paragraphs.
/// </summary>
internal sealed class PdfBlockBuilder(HeadingClassifier headings, RunningTextDetector runningText, Dehyphenator dehyphenator)
{
    /// <summary>Indentation step, in points, between two list nesting levels.</summary>
    private const double ListIndentStep = 12;

    public DocumentPage Build(PdfPageDraft page)
    {
        var blocks = new List<DocumentBlock>();
        if (page.OcrParagraphs is not null)
        {
            blocks.AddRange(page.OcrParagraphs
                .Select(dehyphenator.Join)
                .Where(t => t.Length > 0)
                .Select(t => new DocumentBlock { Kind = BlockKind.Paragraph, Page = page.Number, Text = t }));
            return new DocumentPage { Number = page.Number, Blocks = blocks, Ocr = true, OcrConfidence = page.OcrConfidence };
        }

        foreach (var region in page.Regions)
        {
            switch (region)
            {
                case PdfTableRegion table:
                    blocks.Add(TableBlock(table, page.Number));
                    break;
                case PdfTextRegion text when runningText.Classify(text, page) is { } kind:
                    blocks.Add(new DocumentBlock
                    {
                        Kind = kind,
                        Page = page.Number,
                        Text = dehyphenator.Join(text.Lines.Select(l => l.Text)),
                        Bounds = ToBounds(text.Bounds),
                    });
                    break;
                case PdfTextRegion text:
                    blocks.AddRange(SplitRegion(text, page.Number));
                    break;
            }
        }

        // Reading-order detection may put a footer between two columns; running text frames the page instead.
        var framed = blocks.Where(b => b.Kind == BlockKind.Header)
            .Concat(blocks.Where(b => b.Kind is not (BlockKind.Header or BlockKind.Footer)))
            .Concat(blocks.Where(b => b.Kind == BlockKind.Footer))
            .ToList();
        return new DocumentPage { Number = page.Number, Blocks = framed, Ocr = page.FromScanTextLayer };
    }

    private static DocumentBlock TableBlock(PdfTableRegion table, int page) => new()
    {
        Kind = BlockKind.Table,
        Page = page,
        Text = string.Join('\n', table.Rows.Select(r => string.Join(" | ", r))),
        Rows = table.Rows.Select(r => new TableRow(r)).ToList(),
        Bounds = ToBounds(table.Bounds),
    };

    private IEnumerable<DocumentBlock> SplitRegion(PdfTextRegion region, int page)
    {
        var listLeft = region.Lines
            .Where(l => headings.LevelOf(l) is null && ListMarker.TryParse(l.Text, out _, out _))
            .Select(l => l.Bounds.Left)
            .DefaultIfEmpty(0)
            .Min();

        Segment? current = null;
        foreach (var line in region.Lines)
        {
            var level = headings.LevelOf(line);
            if (level is not null)
            {
                if (current is { Kind: BlockKind.Heading } && current.Level == level && current.Lines.Count < 3)
                {
                    current.Add(line); // a heading wrapped over two lines
                    continue;
                }

                if (current is not null)
                {
                    yield return current.ToBlock(page, dehyphenator);
                }

                current = new Segment(BlockKind.Heading, level.Value, null, line);
                continue;
            }

            if (ListMarker.TryParse(line.Text, out var label, out var rest))
            {
                if (current is not null)
                {
                    yield return current.ToBlock(page, dehyphenator);
                }

                var nesting = (int)Math.Clamp(Math.Round((line.Bounds.Left - listLeft) / ListIndentStep), 0, 5);
                current = new Segment(BlockKind.ListItem, nesting, label, line with { Text = rest });
                continue;
            }

            if (current is { Kind: BlockKind.Paragraph or BlockKind.ListItem })
            {
                current.Add(line); // a paragraph line, or the continuation of a list item
                continue;
            }

            if (current is not null)
            {
                yield return current.ToBlock(page, dehyphenator);
            }

            current = new Segment(BlockKind.Paragraph, 0, null, line);
        }

        if (current is not null)
        {
            yield return current.ToBlock(page, dehyphenator);
        }
    }

    internal static BlockBounds ToBounds(PdfRectangle r) => new(r.Left, r.Bottom, r.Width, r.Height);

    private sealed class Segment(BlockKind kind, int level, string? label, PdfTextLine first)
    {
        public BlockKind Kind { get; } = kind;
        public int Level { get; } = level;
        public List<PdfTextLine> Lines { get; } = [first];

        public void Add(PdfTextLine line) => Lines.Add(line);

        public DocumentBlock ToBlock(int page, Dehyphenator dehyphenator) => new()
        {
            Kind = Kind,
            Page = page,
            Level = Level,
            ListLabel = label,
            Text = dehyphenator.Join(Lines.Select(l => l.Text)),
            Bounds = ToBounds(TableDetector.Union(Lines.Select(l => l.Bounds))),
        };
    }
}
