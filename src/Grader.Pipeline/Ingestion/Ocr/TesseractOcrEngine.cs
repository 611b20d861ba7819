using System.ComponentModel;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Grader.Pipeline.Ingestion.Ocr;

/// <summary>
/// OCR with the <c>tesseract</c> executable (Debian packages tesseract-ocr, tesseract-ocr-fra), run as a process
/// with a per-page time limit. Availability and the installed language packs are probed once, on first use.
/// </summary>
public sealed class TesseractOcrEngine : IOcrEngine
{
    private static readonly TimeSpan ProbeTimeout = TimeSpan.FromSeconds(10);

    private readonly IngestionOptions _options;
    private readonly ILogger<TesseractOcrEngine> _logger;
    private readonly Lazy<string?> _languages;

    public TesseractOcrEngine(IOptions<IngestionOptions> options, ILogger<TesseractOcrEngine> logger)
    {
        _options = options.Value;
        _logger = logger;
        _languages = new Lazy<string?>(ProbeLanguages, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public bool IsAvailable => _languages.Value is not null;

    public OcrPageResult Recognize(byte[] imagePng, CancellationToken cancellationToken)
    {
        var languages = _languages.Value
            ?? throw new OcrException("Tesseract is not available on this machine.");

        var imagePath = Path.Combine(Path.GetTempPath(), $"grader-ocr-{Guid.NewGuid():N}.png");
        try
        {
            File.WriteAllBytes(imagePath, imagePng);
            var result = ExternalProcess.Run(
                _options.TesseractPath,
                [imagePath, "stdout", "-l", languages, "tsv"],
                _options.OcrPageTimeout,
                cancellationToken);
            if (result.ExitCode != 0)
            {
                throw new OcrException($"tesseract exited with code {result.ExitCode}: {result.StandardError.Trim()}");
            }

            return TesseractTsvParser.Parse(result.StandardOutput);
        }
        catch (TimeoutException ex)
        {
            throw new OcrException(ex.Message, ex);
        }
        catch (Exception ex) when (ex is Win32Exception or IOException)
        {
            throw new OcrException($"tesseract could not be run: {ex.Message}", ex);
        }
        finally
        {
            TryDelete(imagePath);
        }
    }

    private string? ProbeLanguages()
    {
        if (!_options.OcrEnabled)
        {
            return null;
        }

        try
        {
            var result = ExternalProcess.Run(_options.TesseractPath, ["--list-langs"], ProbeTimeout, CancellationToken.None);
            // Tesseract 4 prints the list on stderr, Tesseract 5 on stdout.
            var installed = TesseractLanguages.ParseInstalled(result.StandardOutput + "\n" + result.StandardError);
            var (kept, dropped) = TesseractLanguages.Select(_options.OcrLanguages, installed);
            if (dropped.Count > 0)
            {
                _logger.LogWarning("Tesseract language packs not installed, ignored: {Languages}", string.Join(", ", dropped));
            }

            if (kept.Count == 0)
            {
                _logger.LogWarning(
                    "None of the Tesseract languages {Requested} is installed (installed: {Installed}); OCR disabled",
                    _options.OcrLanguages, string.Join(", ", installed));
                return null;
            }

            return string.Join('+', kept);
        }
        catch (Exception ex) when (ex is Win32Exception or IOException or TimeoutException or InvalidOperationException)
        {
            _logger.LogWarning("Tesseract not found or not working ({Path}): {Error}; OCR disabled", _options.TesseractPath, ex.Message);
            return null;
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
            // A leftover temp file is harmless; never fail a page for it.
        }
    }
}
