using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Grader.Pipeline.Ingestion.OpenXml.Docx;

/// <summary>
/// Reads the text of a paragraph the way a reader sees it, which <c>InnerText</c> does not: tabs and breaks
/// kept, tracked changes accepted (insertions and moves-to kept, deletions and moves-from dropped), field
/// instructions dropped and field results kept, hidden runs diverted. One instance reads one story (body,
/// a header, a note) because a complex field may span several paragraphs of that story.
/// </summary>
internal sealed class DocxParagraphReader(DocxStyles styles, DocxPageTracker pages, OfficeColor pageBackground)
{
    /// <summary>One entry per open complex field: true while reading its instruction, false in its result.</summary>
    private readonly Stack<bool> _fields = new();

    public DocxPageTracker Pages => pages;

    /// <param name="containerShading">The fill of the enclosing table cell, if any.</param>
    /// <param name="containerUnknown">True inside a table whose style paints cells in ways we do not resolve.</param>
    public DocxParagraphContent Read(Paragraph paragraph, OfficeColor? containerShading, bool containerUnknown)
    {
        var content = new DocxParagraphContent();
        var background = styles.ParagraphShading(paragraph) ?? containerShading ?? (containerUnknown ? null : pageBackground);
        foreach (var child in paragraph.ChildElements)
        {
            Visit(child, paragraph, background, content);
        }

        return content;
    }

    private void Visit(OpenXmlElement element, Paragraph paragraph, OfficeColor? background, DocxParagraphContent content)
    {
        switch (element)
        {
            case ParagraphProperties:
            case DeletedRun:
            case MoveFromRun:
                return;
            case Run run:
                VisitRun(run, paragraph, background, content);
                return;
            case AlternateContent alternate:
                foreach (var child in DocxAlternateContent.Branch(alternate))
                {
                    Visit(child, paragraph, background, content);
                }

                return;
            case CommentRangeStart start when start.Id?.Value is { } commentId:
                content.CommentIds.Add(commentId);
                return;
            default:
                // Insertions, moves-to, hyperlinks, simple fields (their runs are the result), content controls,
                // smart tags, custom XML and bidi containers all hold runs we want.
                foreach (var child in element.ChildElements)
                {
                    Visit(child, paragraph, background, content);
                }

                return;
        }
    }

    private void VisitRun(Run run, Paragraph paragraph, OfficeColor? background, DocxParagraphContent content)
    {
        var look = styles.RunLook(run, paragraph);
        var hidden = HiddenReasonOf(look, background);
        foreach (var child in run.ChildElements)
        {
            if (child is FieldChar fieldChar)
            {
                TrackField(fieldChar);
                continue;
            }

            if (_fields.Contains(true))
            {
                // Inside a field instruction ("PAGE \* MERGEFORMAT"): never text the reader sees.
                continue;
            }

            switch (child)
            {
                case Text text:
                    Append(text.Text, hidden, content);
                    break;
                case TabChar:
                case PositionalTab:
                    Append("\t", hidden, content);
                    break;
                case Break br when br.Type?.Value == BreakValues.Page:
                    pages.ExplicitBreak();
                    break;
                case Break:
                case CarriageReturn:
                    Append("\n", hidden, content);
                    break;
                case NoBreakHyphen:
                    Append("-", hidden, content);
                    break;
                case SymbolChar symbol when SymbolText(symbol) is { } glyph:
                    Append(glyph, hidden, content);
                    break;
                case LastRenderedPageBreak:
                    pages.RenderedBreak();
                    break;
                case FootnoteReference footnote when footnote.Id?.Value is { } id:
                    content.FootnoteIds.Add(id.ToString(CultureInfo.InvariantCulture));
                    break;
                case EndnoteReference endnote when endnote.Id?.Value is { } id:
                    content.EndnoteIds.Add(id.ToString(CultureInfo.InvariantCulture));
                    break;
                case CommentReference comment when comment.Id?.Value is { } id:
                    content.CommentIds.Add(id);
                    break;
                case Drawing or Picture or EmbeddedObject or AlternateContent:
                    content.TextBoxes.AddRange(DocxAlternateContent.TextBoxesIn(child));
                    break;
                default:
                    // DeletedText, FieldCode, DeletedFieldCode, SoftHyphen, RunProperties, annotations: nothing to read.
                    break;
            }
        }
    }

    private void TrackField(FieldChar fieldChar)
    {
        var type = fieldChar.FieldCharType?.Value;
        if (type == FieldCharValues.Begin)
        {
            _fields.Push(true);
        }
        else if (type == FieldCharValues.Separate && _fields.Count > 0)
        {
            _fields.Pop();
            _fields.Push(false);
        }
        else if (type == FieldCharValues.End && _fields.Count > 0)
        {
            _fields.Pop();
        }
    }

    private void Append(string text, HiddenReason? hidden, DocxParagraphContent content)
    {
        if (hidden is { } reason)
        {
            content.AppendHidden(reason, text);
            return;
        }

        content.AppendVisible(text);
        if (!string.IsNullOrWhiteSpace(text))
        {
            content.FirstTextPage ??= pages.Current;
            pages.MarkText(text.Length);
        }
    }

    /// <param name="background">Null when unknown: colour is then not used to decide.</param>
    private static HiddenReason? HiddenReasonOf(DocxRunLook look, OfficeColor? background)
    {
        if (look.Vanish)
        {
            return HiddenReason.Vanish;
        }

        if (look.SizePoints is { } size && size < OfficeFlags.MinimumReadablePoints)
        {
            return HiddenReason.Tiny;
        }

        if (look.Colour is { } colour && (look.Shading ?? background) is { } behind && colour.IsInvisibleOn(behind))
        {
            return HiddenReason.SameColourAsBackground;
        }

        return null;
    }

    /// <summary>
    /// w:sym stores a code point in a symbol font; codes in the F000 range map to the font's ASCII slots. We
    /// keep it only when it is an ordinary printable character, since Wingdings glyphs mean nothing as text.
    /// </summary>
    private static string? SymbolText(SymbolChar symbol)
    {
        if (!int.TryParse(symbol.Char?.Value, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var code))
        {
            return null;
        }

        if (code is >= 0xF000 and <= 0xF0FF)
        {
            code -= 0xF000;
        }

        var font = symbol.Font?.Value ?? string.Empty;
        var symbolic = font.Contains("Wingdings", StringComparison.OrdinalIgnoreCase)
            || font.Contains("Webdings", StringComparison.OrdinalIgnoreCase);
        return !symbolic && code >= 0x20 && code != 0x7F && !char.IsSurrogate((char)code) && code <= 0xFFFF
            ? ((char)code).ToString()
            : null;
    }
}
