using Grader.Pipeline.Ingestion.Ocr;
using Microsoft.Extensions.Logging;
using UglyToad.PdfPig.Content;

namespace Grader.Pipeline.Ingestion.Pdf;

/// <summary>
/// Reads a page that has no usable text layer: renders it, runs OCR, and says in a flag what happened
/// (recognised with a confidence, nothing found in an image, or not read at all and why).
/// </summary>
internal sealed class PdfOcrPageReader(IOcrEngine ocr, bool ocrEnabled, PdfPageImageSource images, ILogger logger)
{
    private readonly bool _available = ocrEnabled && ocr.IsAvailable;

    /// <param name="scanTextLayer">The scanner's invisible OCR text, used only when Tesseract is unavailable.</param>
    /// <param name="ownText">
    /// The page's own visible text when it is usable but short (a stamp on a scan): kept when OCR cannot run.
    /// </param>
    public (PdfPageDraft Draft, DocumentFlag? Flag) Read(
        Page page, bool garbled, IReadOnlyList<Letter> scanTextLayer, IReadOnlyList<Letter> ownText, CancellationToken cancellationToken)
    {
        var empty = new PdfPageDraft(page.Number, page.Width, page.Height, []);
        if (!_available && scanTextLayer.Count > 0)
        {
            var regions = PdfLayoutAnalyzer.Analyze(scanTextLayer, PageRulings.None);
            return (empty with { Regions = regions, FromScanTextLayer = true }, PdfFlags.ScanTextLayer(page.Number));
        }

        var fallback = ownText.Count == 0 ? empty : empty with { Regions = PdfLayoutAnalyzer.Analyze(ownText, PageRulings.None) };
        if (!_available)
        {
            return (fallback, PdfFlags.OcrUnavailable(page.Number, garbled));
        }

        var png = images.GetPng(page, cancellationToken);
        if (png is null)
        {
            logger.LogWarning("No image could be produced for page {Page}; OCR skipped", page.Number);
            return (fallback, PdfFlags.OcrFailed(page.Number));
        }

        OcrPageResult result;
        try
        {
            result = ocr.Recognize(png, cancellationToken);
        }
        catch (OcrException ex)
        {
            logger.LogWarning(ex, "OCR failed on page {Page}", page.Number);
            return (fallback, PdfFlags.OcrFailed(page.Number));
        }

        if (!result.HasText)
        {
            // Only a page with an image can hide something OCR could not read; a page of drawings is just empty.
            var flag = page.NumberOfImages > 0 ? PdfFlags.OcrFoundNothing(page.Number) : null;
            return (empty with { OcrParagraphs = [], OcrConfidence = null }, flag);
        }

        var paragraphs = result.Lines
            .GroupBy(l => l.Paragraph)
            .Select(g => (IReadOnlyList<string>)g.Select(l => TextNormalizer.ExpandLigatures(l.Text)).ToList())
            .ToList();
        return (empty with { OcrParagraphs = paragraphs, OcrConfidence = result.MeanConfidence },
            PdfFlags.Ocr(page.Number, result.MeanConfidence));
    }
}
