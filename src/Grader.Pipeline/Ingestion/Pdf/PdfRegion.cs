using UglyToad.PdfPig.Core;

namespace Grader.Pipeline.Ingestion.Pdf;

/// <summary>A piece of a page found by layout analysis, in reading order.</summary>
internal abstract record PdfRegion(PdfRectangle Bounds);

/// <summary>Lines that layout analysis grouped together (a paragraph, a heading, list items...).</summary>
internal sealed record PdfTextRegion(IReadOnlyList<PdfTextLine> Lines, PdfRectangle Bounds) : PdfRegion(Bounds)
{
    public string Text => string.Join('\n', Lines.Select(l => l.Text));
}

/// <summary>Lines whose cells line up in columns, kept row by row.</summary>
internal sealed record PdfTableRegion(IReadOnlyList<IReadOnlyList<string>> Rows, PdfRectangle Bounds) : PdfRegion(Bounds);
