using Grader.Pipeline.Ingestion;
using Grader.Pipeline.Ingestion.Ocr;
using Grader.Pipeline.Ingestion.Pdf;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Grader.Pipeline.Tests.Ingestion.Pdf;

/// <summary>Parsing helpers, OCR stand-ins and committed fixture files shared by the PDF tests.</summary>
internal static class PdfTestSupport
{
    public static ParserOutput Parse(byte[] pdf, IOcrEngine? ocr = null, IngestionOptions? options = null) =>
        ParseWithToken(pdf, TestContext.Current.CancellationToken, ocr, options);

    public static ParserOutput ParseWithToken(byte[] pdf, CancellationToken cancellationToken, IOcrEngine? ocr = null, IngestionOptions? options = null) =>
        new PdfDocumentParser(ocr ?? NoOcr.Instance, NullLogger<PdfDocumentParser>.Instance)
            .Parse(new ParserInput("dossier.pdf", pdf, options ?? new IngestionOptions()), cancellationToken);

    public static IReadOnlyList<DocumentBlock> Blocks(ParserOutput output) => output.Pages.SelectMany(p => p.Blocks).ToList();

    public static string AllText(ParserOutput output) => string.Join('\n', Blocks(output).Select(b => b.Text));

    public static TesseractOcrEngine Tesseract(IngestionOptions? options = null) =>
        new(Options.Create(options ?? new IngestionOptions()), NullLogger<TesseractOcrEngine>.Instance);

    /// <summary>A committed fixture from tests/Grader.Pipeline.Tests/Fixtures/pdf, found from the test binaries upwards.</summary>
    public static byte[] Fixture(string name)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "Fixtures", "pdf", name);
            if (File.Exists(candidate))
            {
                return File.ReadAllBytes(candidate);
            }

            candidate = Path.Combine(dir.FullName, "tests", "Grader.Pipeline.Tests", "Fixtures", "pdf", name);
            if (File.Exists(candidate))
            {
                return File.ReadAllBytes(candidate);
            }
        }

        throw new FileNotFoundException($"Fixture {name} not found above {AppContext.BaseDirectory}");
    }

    /// <summary>Skips the calling test, with the reason, when the tesseract executable or its French pack is missing.</summary>
    public static void RequireTesseract()
    {
        if (!Tesseract().IsAvailable)
        {
            Assert.Skip("tesseract n'est pas installé (paquets Debian tesseract-ocr et tesseract-ocr-fra) : test d'OCR réel ignoré.");
        }
    }

    /// <summary>An OCR engine that is not installed.</summary>
    internal sealed class NoOcr : IOcrEngine
    {
        public static NoOcr Instance { get; } = new();

        public bool IsAvailable => false;

        public OcrPageResult Recognize(byte[] imagePng, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("OCR is not available.");
    }

    /// <summary>An OCR engine that returns a fixed result and records the images it was given.</summary>
    internal sealed class CannedOcr(OcrPageResult result) : IOcrEngine
    {
        public List<byte[]> Images { get; } = [];

        public bool IsAvailable => true;

        public OcrPageResult Recognize(byte[] imagePng, CancellationToken cancellationToken)
        {
            Images.Add(imagePng);
            return result;
        }
    }
}
