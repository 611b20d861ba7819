namespace Grader.Pipeline.Ingestion.Pdf;

/// <summary>
/// A page after layout analysis but before document-wide decisions (body font size, running headers,
/// hyphenation vocabulary), which need every page first.
/// </summary>
internal sealed record PdfPageDraft(int Number, double Width, double Height, IReadOnlyList<PdfRegion> Regions)
{
    /// <summary>Set when the page text came from OCR; its regions are then empty and its paragraphs are here.</summary>
    public IReadOnlyList<IReadOnlyList<string>>? OcrParagraphs { get; init; }

    public double? OcrConfidence { get; init; }

    /// <summary>True when the regions come from a scanner's embedded OCR layer (Tesseract being unavailable).</summary>
    public bool FromScanTextLayer { get; init; }
}
