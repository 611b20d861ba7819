using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Grader.Pipeline.Ingestion.OpenXml.Docx;

/// <summary>
/// Walks block-level content (body, table cell, text box, header, note) in document order and turns each
/// paragraph and table into a block. Walking the tree element by element, instead of collecting every
/// descendant paragraph, keeps tables whole and each text box where it is anchored.
/// </summary>
internal sealed class DocxBlockWalker
{
    private readonly DocxContext _context;
    private readonly DocxParagraphReader _reader;
    private readonly List<DocumentBlock>? _target;
    private readonly OfficeColor? _shading;
    private readonly bool _shadingUnknown;

    /// <param name="target">Where blocks go; null for the main text (the shared output, with notes and footers).</param>
    /// <param name="shading">The fill of the enclosing table cell, which is the background of its text.</param>
    /// <param name="shadingUnknown">True when the enclosing table's style paints cells (background unknown).</param>
    public DocxBlockWalker(DocxContext context, DocxParagraphReader reader, List<DocumentBlock>? target = null, OfficeColor? shading = null, bool shadingUnknown = false)
    {
        _context = context;
        _reader = reader;
        _target = target;
        _shading = shading;
        _shadingUnknown = shadingUnknown;
    }

    /// <summary>Called after each paragraph of the main text, so the parser can follow section breaks.</summary>
    public Action<Paragraph>? AfterParagraph { get; init; }

    public void Walk(IEnumerable<OpenXmlElement> elements)
    {
        foreach (var element in elements)
        {
            _context.CancellationToken.ThrowIfCancellationRequested();
            if (_target is null)
            {
                _reader.Pages.AtBlockBoundary();
            }

            switch (element)
            {
                case Paragraph paragraph:
                    ReadParagraph(paragraph);
                    AfterParagraph?.Invoke(paragraph);
                    break;
                case Table table:
                    ReadTable(table);
                    break;
                case SdtBlock sdt when sdt.SdtContentBlock is { } sdtContent:
                    Walk(sdtContent.ChildElements);
                    break;
                case CustomXmlBlock custom:
                    Walk(custom.ChildElements);
                    break;
                case AlternateContent alternate:
                    Walk(DocxAlternateContent.Branch(alternate));
                    break;
                default:
                    // Section properties, bookmarks, range markers: no text.
                    break;
            }

            if (_target is null)
            {
                _context.Output.FlushNotes();
            }
        }
    }

    private void Add(DocumentBlock block)
    {
        if (_target is null)
        {
            _context.Output.AddBlock(block);
        }
        else
        {
            _target.Add(block);
        }
    }

    private void ReadParagraph(Paragraph paragraph)
    {
        var styles = _context.Styles;
        if (styles.PageBreakBefore(paragraph))
        {
            _reader.Pages.BreakUnlessAtPageStart();
        }

        var content = _reader.Read(paragraph, _shading, _shadingUnknown);
        var page = content.FirstTextPage ?? _reader.Pages.Current;
        ReportHidden(content, page);
        foreach (var commentId in content.CommentIds)
        {
            _context.Output.CommentPages.TryAdd(commentId, page);
        }

        var text = content.Visible.ToString().Trim();
        if (text.Length > 0)
        {
            Add(MakeBlock(paragraph, text, page));
        }

        foreach (var textBox in content.TextBoxes)
        {
            // A text box is laid out on its anchor's page; its own markers must not move the main text.
            var boxReader = new DocxParagraphReader(styles, DocxPageTracker.Fixed(page), _context.PageBackground);
            var (fill, unknown) = DocxTextBoxBackground.Of(textBox, _context.PageBackground);
            new DocxBlockWalker(_context, boxReader, _target, fill, unknown).Walk(textBox.ChildElements);
        }

        foreach (var id in content.FootnoteIds)
        {
            if (_context.FindFootnote(id) is { } note && ReadNote(note.ChildElements, page) is { } noteText)
            {
                _context.Output.PendingNotes.Add(new DocumentBlock { Kind = BlockKind.Footnote, Page = page, Text = noteText });
            }
        }

        foreach (var id in content.EndnoteIds)
        {
            if (_context.FindEndnote(id) is { } note && ReadNote(note.ChildElements, page) is { } noteText)
            {
                // Page fixed when the document ends: endnotes are read where the reader finds them, at the end.
                _context.Output.Endnotes.Add(new DocumentBlock { Kind = BlockKind.Footnote, Page = page, Text = noteText });
            }
        }
    }

    private DocumentBlock MakeBlock(Paragraph paragraph, string text, int page)
    {
        var styles = _context.Styles;
        var heading = styles.HeadingLevel(paragraph);
        var numbering = styles.Numbering(paragraph);
        var label = numbering is { } n ? _context.Numbering.NextLabel(n.NumId, n.Level) : null;

        if (heading is { } level)
        {
            // Numbered headings ("2. Analyse du marché") keep their number: it is part of the section path.
            var headingText = label is null ? text : $"{label} {text}";
            return new DocumentBlock { Kind = BlockKind.Heading, Page = page, Text = headingText, Level = level };
        }

        if (numbering is { } list && label is not null)
        {
            return new DocumentBlock { Kind = BlockKind.ListItem, Page = page, Text = text, Level = list.Level, ListLabel = label };
        }

        return new DocumentBlock { Kind = BlockKind.Paragraph, Page = page, Text = text };
    }

    /// <summary>A note's paragraphs, read as a side story on the page of their reference.</summary>
    private string? ReadNote(IEnumerable<OpenXmlElement> elements, int page)
    {
        var blocks = new List<DocumentBlock>();
        var noteReader = new DocxParagraphReader(_context.Styles, DocxPageTracker.Fixed(page), _context.PageBackground);
        new DocxBlockWalker(_context, noteReader, blocks).Walk(elements);
        var text = string.Join("\n", blocks.Select(DocxBlockText.Inline)).Trim();
        return text.Length == 0 ? null : text;
    }

    private void ReadTable(Table table)
    {
        var page = _reader.Pages.Current;
        var styled = _shadingUnknown || _context.Styles.TableStylePaintsCells(table);
        var rows = new List<TableRow>();
        foreach (var row in DocxTableRows.Rows(table))
        {
            var cells = new List<string>();
            foreach (var cell in DocxTableRows.Cells(row))
            {
                cells.Add(ReadCell(cell, styled));
                var span = cell.TableCellProperties?.GridSpan?.Val?.Value ?? 1;
                for (var extra = 1; extra < span; extra++)
                {
                    // Keep columns aligned under a horizontally merged cell.
                    cells.Add(string.Empty);
                }
            }

            if (cells.Any(c => c.Length > 0))
            {
                rows.Add(new TableRow(cells));
            }
        }

        if (rows.Count > 0)
        {
            var text = string.Join("\n", rows.Select(r => string.Join(" | ", r.Cells)));
            Add(new DocumentBlock { Kind = BlockKind.Table, Page = page, Text = text, Rows = rows });
        }
    }

    private string ReadCell(TableCell cell, bool styled)
    {
        // A vertically merged continuation cell shows nothing of its own: its text lives in the first cell.
        var merge = cell.TableCellProperties?.VerticalMerge;
        if (merge is not null && (merge.Val is null || merge.Val.Value == MergedCellValues.Continue))
        {
            return string.Empty;
        }

        var blocks = new List<DocumentBlock>();
        var own = OfficeColor.Parse(cell.TableCellProperties?.Shading?.Fill?.Value);
        var shading = own ?? _shading;
        new DocxBlockWalker(_context, _reader, blocks, shading, shadingUnknown: own is null && styled).Walk(cell.ChildElements);
        return string.Join(" ", blocks.Select(DocxBlockText.Inline)).Trim();
    }

    private void ReportHidden(DocxParagraphContent content, int page)
    {
        foreach (var (reason, builder) in content.Hidden)
        {
            var hidden = builder.ToString().Trim();
            if (hidden.Length > 0)
            {
                _context.Output.AddFlag(OfficeFlags.Hidden(reason, page, hidden));
            }
        }
    }
}
