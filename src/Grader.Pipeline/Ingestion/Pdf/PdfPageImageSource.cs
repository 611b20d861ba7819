using System.ComponentModel;
using System.Globalization;
using Grader.Pipeline.Ingestion.Ocr;
using Microsoft.Extensions.Logging;
using UglyToad.PdfPig.Content;

namespace Grader.Pipeline.Ingestion.Pdf;

/// <summary>
/// Produces a PNG of a page for OCR: rendered by <c>pdftoppm</c> (poppler-utils) at 200 dpi when it is
/// installed, which also catches text drawn as outlines; otherwise the page's largest embedded image, which
/// is the whole page for a scan. Owns a temporary copy of the PDF for pdftoppm and deletes it on dispose.
/// </summary>
internal sealed class PdfPageImageSource(byte[] pdf, TimeSpan timeout, ILogger logger) : IDisposable
{
    private const string Renderer = "pdftoppm";
    private const int Resolution = 200;
    /// <summary>Longest side of a rendered page, in pixels: a poster-sized page must not become a gigapixel image.</summary>
    private const int MaxPixels = 5000;
    /// <summary>Largest embedded image decoded for OCR, in samples (about an A3 scan at 400 dpi).</summary>
    private const long MaxImageSamples = 40_000_000;

    private static readonly Lazy<bool> RendererInstalled = new(ProbeRenderer);

    private string? _pdfPath;

    public byte[]? GetPng(Page page, CancellationToken cancellationToken) =>
        Render(page.Number, ResolutionFor(page), cancellationToken) ?? LargestImage(page);

    internal static int ResolutionFor(Page page)
    {
        var longestInches = Math.Max(page.Width, page.Height) / 72.0;
        return longestInches <= 0 ? Resolution : (int)Math.Clamp(MaxPixels / longestInches, 1, Resolution);
    }

    private byte[]? Render(int pageNumber, int resolution, CancellationToken cancellationToken)
    {
        if (!RendererInstalled.Value)
        {
            return null;
        }

        var outputStem = Path.Combine(Path.GetTempPath(), $"grader-page-{Guid.NewGuid():N}");
        try
        {
            _pdfPath ??= WriteTempPdf();
            var number = pageNumber.ToString(CultureInfo.InvariantCulture);
            var result = ExternalProcess.Run(
                Renderer,
                ["-r", resolution.ToString(CultureInfo.InvariantCulture), "-png", "-gray", "-f", number, "-l", number, "-singlefile", _pdfPath, outputStem],
                timeout,
                cancellationToken);
            var png = outputStem + ".png";
            if (result.ExitCode != 0 || !File.Exists(png))
            {
                logger.LogWarning("pdftoppm failed on page {Page} (exit {Code}): {Error}", pageNumber, result.ExitCode, result.StandardError.Trim());
                return null;
            }

            return File.ReadAllBytes(png);
        }
        catch (Exception ex) when (ex is TimeoutException or IOException or Win32Exception or InvalidOperationException)
        {
            logger.LogWarning("pdftoppm could not render page {Page}: {Error}", pageNumber, ex.Message);
            return null;
        }
        finally
        {
            TryDelete(outputStem + ".png");
        }
    }

    internal static byte[]? LargestImage(Page page)
    {
        try
        {
            var images = page.GetImages()
                .Where(i => i.WidthInSamples * (long)i.HeightInSamples <= MaxImageSamples)
                .OrderByDescending(i => i.WidthInSamples * (long)i.HeightInSamples);
            foreach (var image in images)
            {
                if (image.TryGetPng(out var png))
                {
                    return png;
                }
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // An undecodable image (JBIG2, broken stream) simply means no image for OCR.
        }

        return null;
    }

    private string WriteTempPdf()
    {
        var path = Path.Combine(Path.GetTempPath(), $"grader-ocr-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(path, pdf);
        return path;
    }

    private static bool ProbeRenderer()
    {
        try
        {
            return ExternalProcess.Run(Renderer, ["-v"], TimeSpan.FromSeconds(10), CancellationToken.None).ExitCode == 0;
        }
        catch (Exception ex) when (ex is Win32Exception or IOException or TimeoutException or InvalidOperationException)
        {
            return false;
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A leftover temporary file must never fail a document.
        }
    }

    public void Dispose()
    {
        if (_pdfPath is not null)
        {
            TryDelete(_pdfPath);
        }
    }
}
