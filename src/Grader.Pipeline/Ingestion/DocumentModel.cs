namespace Grader.Pipeline.Ingestion;

/// <summary>The formats Grader accepts, detected from content, never from the extension alone.</summary>
public enum DocumentFormat
{
    Pdf,
    Docx,
    Pptx,
    Xlsx,
    PlainText,
    Markdown,
}

/// <summary>What a block is, so that chunking and display can treat it accordingly.</summary>
public enum BlockKind
{
    Heading,
    Paragraph,
    ListItem,
    Table,
    Caption,
    Header,
    Footer,
    Footnote,
    /// <summary>Speaker notes of a slide: the candidate's text, kept apart from the slide body.</summary>
    Notes,
}

/// <summary>Position of a block on its page, in points from the bottom-left corner (PDF convention).</summary>
public sealed record BlockBounds(double X, double Y, double Width, double Height);

/// <summary>One table cell row; cells are plain text.</summary>
public sealed record TableRow(IReadOnlyList<string> Cells);

/// <summary>
/// A unit of content on a page. <see cref="Text"/> is always filled (for a table, one line per row with
/// cells separated by " | ") so that every consumer can treat blocks uniformly.
/// </summary>
public sealed record DocumentBlock
{
    public required BlockKind Kind { get; init; }
    public required int Page { get; init; }
    public required string Text { get; init; }
    /// <summary>Heading level (1 = top) or list nesting level (0 = top); 0 otherwise.</summary>
    public int Level { get; init; }
    /// <summary>The list marker as the reader sees it ("1.", "a)", "•"), when the block is a list item.</summary>
    public string? ListLabel { get; init; }
    public IReadOnlyList<TableRow>? Rows { get; init; }
    public BlockBounds? Bounds { get; init; }
}

/// <summary>One page: a PDF page, an estimated DOCX page, a slide or a sheet.</summary>
public sealed record DocumentPage
{
    public required int Number { get; init; }
    public required IReadOnlyList<DocumentBlock> Blocks { get; init; }
    /// <summary>Slide title or sheet name, when the format has one.</summary>
    public string? Label { get; init; }
    /// <summary>True when the text of this page came from OCR.</summary>
    public bool Ocr { get; init; }
    /// <summary>Mean OCR confidence between 0 and 1, when OCR was used.</summary>
    public double? OcrConfidence { get; init; }
}

public sealed record DocumentMetadata
{
    public string? Title { get; init; }
    public string? Author { get; init; }
    public string? Producer { get; init; }
    public int PageCount { get; init; }
    public int WordCount { get; init; }
    /// <summary>ISO 639-1 code of the detected language ("fr", "en"), or null when unsure.</summary>
    public string? Language { get; init; }
    /// <summary>
    /// Other text-bearing metadata (subject, keywords, description/comments, category, custom properties),
    /// by field name. Never part of the evaluated text; the ingestor flags it when it carries content.
    /// </summary>
    public IReadOnlyDictionary<string, string> OtherFields { get; init; } = new Dictionary<string, string>();
}

/// <summary>
/// Something a juror must know about the document: hidden text, an injection attempt, an OCR'd or
/// unreadable page... <see cref="Kind"/> uses the kebab-case names of the evaluate contract
/// (hidden-text, prompt-injection, ocr, ...). <see cref="Detail"/> is French, for the juror.
/// </summary>
public sealed record DocumentFlag(string Kind, int? Page, string Detail, string? Content = null);

/// <summary>The structured document every later stage reads.</summary>
public sealed record ParsedDocument
{
    public required string FileName { get; init; }
    public required DocumentFormat Format { get; init; }
    public required DocumentMetadata Metadata { get; init; }
    public required IReadOnlyList<DocumentPage> Pages { get; init; }
    public required IReadOnlyList<DocumentFlag> Flags { get; init; }
    /// <summary>True when page numbers are estimates (DOCX, plain text), not the real layout.</summary>
    public bool PageNumbersEstimated { get; init; }
    /// <summary>SHA-256 of the file's bytes, lower-case hex.</summary>
    public required string ContentHash { get; init; }
}
