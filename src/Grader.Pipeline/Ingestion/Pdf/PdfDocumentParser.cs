using Grader.Pipeline.Ingestion.Ocr;
using Microsoft.Extensions.Logging;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace Grader.Pipeline.Ingestion.Pdf;

/// <summary>
/// Reads a PDF into the document model. Two passes: the first reads every page's text layer (hidden text
/// set aside and flagged, unusable pages noted); document-wide checks follow (XFA shell, rights-management
/// wrapper) before any costly OCR; the second pass OCRs the pages without usable text, then blocks are built
/// with the document's typography, running headers and hyphenation vocabulary.
/// </summary>
public sealed class PdfDocumentParser(IOcrEngine ocr, ILogger<PdfDocumentParser> logger) : IDocumentParser
{
    /// <summary>Rights-management wrappers are one or two pages; longer documents are not examined for it.</summary>
    private const int MaxWrapperPages = 3;

    /// <summary>
    /// Pages whose layout is analysed together. Reading a page from the file is sequential (PdfPig's document
    /// is not thread-safe), but word extraction and block detection — about 80 % of the time — only read the
    /// page's own letters and paths, so a batch is spread over the cores. The batch bounds the pages held.
    /// </summary>
    private const int LayoutBatchSize = 16;

    public DocumentFormat Format => DocumentFormat.Pdf;

    public ParserOutput Parse(ParserInput input, CancellationToken cancellationToken)
    {
        using var document = PdfDocumentOpener.Open(input, logger);
        var pageCount = CountPages(document, input.FileName);
        if (pageCount > input.Options.MaxPages)
        {
            throw new IngestionException(IngestionErrorKind.TooManyPages, PdfFlags.TooManyPages(pageCount, input.Options.MaxPages));
        }

        var flags = new List<DocumentFlag>();
        var drafts = new PdfPageDraft?[pageCount];
        var unusable = new List<(int Number, bool Garbled, IReadOnlyList<Letter> ScanLayer, IReadOnlyList<Letter> OwnText)>();
        var pending = new List<(int Number, Page Page, IReadOnlyList<Letter> Letters)>(LayoutBatchSize);
        for (var number = 1; number <= pageCount; number++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var page = GetPage(document, number, input.FileName);
            var split = HiddenTextFilter.Split(page);
            var quality = TextQuality.Assess(split.Visible, page.NumberOfImages > 0, IsMostlyImage(page, split.Visible));
            var scanned = quality != TextLayerQuality.Usable;
            flags.AddRange(HiddenTextReporter.Report(number, scanned ? split.Hidden : WithInvisibleLayer(split)));
            if (!scanned || IsBlank(page, quality))
            {
                pending.Add((number, page, split.Visible));
                if (pending.Count == LayoutBatchSize)
                {
                    AnalyzeInParallel(pending, drafts, cancellationToken);
                }
            }
            else
            {
                // A garbled text layer is never worth keeping; a stamp on a scan is, if OCR cannot run.
                var ownText = quality == TextLayerQuality.Garbled ? [] : split.Visible;
                unusable.Add((number, quality == TextLayerQuality.Garbled, split.ScanTextLayer, ownText));
            }
        }

        AnalyzeInParallel(pending, drafts, cancellationToken);
        RejectWrappers(document, drafts, pageCount);

        using (var images = new PdfPageImageSource(input.Content, input.Options.OcrPageTimeout, logger))
        {
            var reader = new PdfOcrPageReader(ocr, input.Options.OcrEnabled, images, logger);
            foreach (var (number, garbled, scanLayer, ownText) in unusable)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var (draft, flag) = reader.Read(GetPage(document, number, input.FileName), garbled, scanLayer, ownText, cancellationToken);
                drafts[number - 1] = draft;
                if (flag is not null)
                {
                    flags.Add(flag);
                }
            }
        }

        var pages = BuildPages(drafts.Select(d => d!).ToList());
        logger.LogInformation(
            "PDF {FileName}: {Pages} pages, {OcrPages} needing OCR, {HiddenFlags} hidden-text flags",
            input.FileName, pageCount, unusable.Count, flags.Count(f => f.Kind == HiddenTextReporter.FlagKind));
        return new ParserOutput
        {
            Pages = pages,
            Metadata = PdfMetadataReader.Read(document),
            Flags = flags.OrderBy(f => f.Page ?? 0).ToList(),
        };
    }

    /// <summary>
    /// An image covers at least half of the page and there is little text: a scan, perhaps stamped with a
    /// page number. Only measured when the text is short, since listing images has a cost.
    /// </summary>
    private static bool IsMostlyImage(Page page, IReadOnlyList<Letter> visible)
    {
        if (page.NumberOfImages == 0 || visible.Count >= TextQuality.MaxStampCharacters * 2)
        {
            return false;
        }

        try
        {
            var pageArea = page.Width * page.Height;
            return pageArea > 0 && page.GetImages().Any(i => i.BoundingBox.Width * i.BoundingBox.Height >= pageArea / 2);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return false;
        }
    }

    /// <summary>
    /// On a page that has readable text of its own, invisible text over an image is not a scanner's OCR layer
    /// but text hidden behind a picture: it is reported like any other invisible text.
    /// </summary>
    private static IReadOnlyList<(HiddenTextReason, Letter)> WithInvisibleLayer(LetterSplit split) =>
        split.ScanTextLayer.Count == 0
            ? split.Hidden
            : [.. split.Hidden, .. split.ScanTextLayer.Select(l => (HiddenTextReason.InvisibleRendering, l))];

    private void AnalyzeInParallel(List<(int Number, Page Page, IReadOnlyList<Letter> Letters)> pending, PdfPageDraft?[] drafts, CancellationToken cancellationToken)
    {
        var options = new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Environment.ProcessorCount };
        Parallel.ForEach(pending, options, item =>
            drafts[item.Number - 1] = new PdfPageDraft(item.Number, item.Page.Width, item.Page.Height, Analyze(item.Letters, item.Page, item.Number)));
        pending.Clear();
    }

    /// <summary>
    /// Layout analysis should not fail, but a page it cannot handle must not lose the document: its text is
    /// then kept as one paragraph in content order.
    /// </summary>
    private IReadOnlyList<PdfRegion> Analyze(IReadOnlyList<Letter> letters, Page page, int pageNumber)
    {
        try
        {
            return PdfLayoutAnalyzer.Analyze(letters, PageRulings.Of(page));
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning(ex, "Layout analysis failed on page {Page}; text kept in content order", pageNumber);
            var text = TextNormalizer.ExpandLigatures(string.Concat(letters.Select(l => l.Value)).Trim());
            if (text.Length == 0)
            {
                return [];
            }

            var bounds = TableDetector.Union(letters.Select(l => l.BoundingBox));
            return [new PdfTextRegion([new PdfTextLine(text, bounds, letters[0].PointSize, false)], bounds)];
        }
    }

    /// <summary>
    /// No text, no image and no filled shape (text drawn as outlines is filled paths): an empty page, often the
    /// blank page a word processor leaves before a chapter, with at most a frame or a clipping rectangle.
    /// </summary>
    private static bool IsBlank(Page page, TextLayerQuality quality) =>
        quality == TextLayerQuality.Missing && page.NumberOfImages == 0 && !page.Paths.Any(p => p.IsFilled);

    private static List<DocumentPage> BuildPages(IReadOnlyList<PdfPageDraft> drafts)
    {
        var lines = drafts.SelectMany(d => d.Regions.OfType<PdfTextRegion>()).SelectMany(r => r.Lines).ToList();
        var ocrLines = drafts.SelectMany(d => d.OcrParagraphs ?? []).SelectMany(p => p);
        var builder = new PdfBlockBuilder(
            new HeadingClassifier(DocumentTypography.Measure(lines), lines),
            RunningTextDetector.Learn(drafts),
            new Dehyphenator(Dehyphenator.BuildVocabulary(lines.Select(l => l.Text).Concat(ocrLines))));
        return drafts.Select(builder.Build).ToList();
    }

    /// <summary>Refuses XFA shells and rights-management wrappers before any OCR is spent on them.</summary>
    private void RejectWrappers(PdfDocument document, IReadOnlyList<PdfPageDraft?> drafts, int pageCount)
    {
        var text = string.Join('\n', drafts.Where(d => d is not null)
            .SelectMany(d => d!.Regions.OfType<PdfTextRegion>())
            .Select(r => r.Text));
        if (PdfSpecialDocumentDetector.IsXfaShell(PdfSpecialDocumentDetector.HasXfa(document), text))
        {
            logger.LogInformation("PDF is a dynamic XFA form without page content");
            throw new IngestionException(IngestionErrorKind.XfaForm, PdfFlags.XfaMessage);
        }

        if (pageCount <= MaxWrapperPages && PdfSpecialDocumentDetector.IsRightsManagementWrapper(text))
        {
            logger.LogInformation("PDF is a rights-management wrapper");
            throw new IngestionException(IngestionErrorKind.RightsManaged, PdfFlags.RightsManagedMessage);
        }
    }

    private int CountPages(PdfDocument document, string fileName)
    {
        try
        {
            return document.NumberOfPages;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            throw PdfDocumentOpener.Corrupt(fileName, ex, logger);
        }
    }

    private Page GetPage(PdfDocument document, int number, string fileName)
    {
        try
        {
            return document.GetPage(number);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            throw PdfDocumentOpener.Corrupt(fileName, ex, logger);
        }
    }
}
