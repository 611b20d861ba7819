using Grader.Pipeline.Ingestion;
using Grader.Pipeline.Ingestion.Ocr;
using Grader.Pipeline.Tests.Ingestion.Pdf;

namespace Grader.Pipeline.Tests.Ingestion.Ocr;

public sealed class TesseractOcrEngineTests
{
    [Fact]
    public void Missing_executable_makes_the_engine_unavailable()
    {
        var engine = PdfTestSupport.Tesseract(new IngestionOptions { TesseractPath = "/nonexistent/tesseract" });

        Assert.False(engine.IsAvailable);
        Assert.Throws<OcrException>(() => engine.Recognize([1, 2, 3], TestContext.Current.CancellationToken));
    }

    [Fact]
    public void Disabled_ocr_makes_the_engine_unavailable()
    {
        Assert.False(PdfTestSupport.Tesseract(new IngestionOptions { OcrEnabled = false }).IsAvailable);
    }

    [Fact]
    public void Missing_language_packs_are_dropped_and_french_text_is_recognised()
    {
        PdfTestSupport.RequireTesseract();
        var engine = PdfTestSupport.Tesseract(new IngestionOptions { OcrLanguages = "fra+zzz" });

        var result = engine.Recognize(PdfTestSupport.Fixture("scan-fr.png"), TestContext.Current.CancellationToken);

        Assert.True(engine.IsAvailable);
        var text = string.Join('\n', result.Lines.Select(l => l.Text));
        Assert.Contains("Notre entreprise développe une stratégie commerciale", text, StringComparison.Ordinal);
        Assert.InRange(result.MeanConfidence, 0.6, 1.0);
    }

    [Fact]
    public void Only_missing_language_packs_make_the_engine_unavailable()
    {
        PdfTestSupport.RequireTesseract();

        Assert.False(PdfTestSupport.Tesseract(new IngestionOptions { OcrLanguages = "zzz+yyy" }).IsAvailable);
    }

    [Fact]
    public void A_page_over_its_time_limit_is_killed_and_reported()
    {
        PdfTestSupport.RequireTesseract();
        var engine = PdfTestSupport.Tesseract(new IngestionOptions { OcrPageTimeout = TimeSpan.FromMilliseconds(1) });

        var error = Assert.Throws<OcrException>(() => engine.Recognize(PdfTestSupport.Fixture("scan-fr.png"), TestContext.Current.CancellationToken));

        Assert.IsType<TimeoutException>(error.InnerException);
    }

    [Fact]
    public void Installed_languages_are_parsed_and_requested_order_is_kept()
    {
        var installed = TesseractLanguages.ParseInstalled("List of available languages in \"/usr/share/tessdata/\" (3):\neng\nfra\nosd\n");

        var (kept, dropped) = TesseractLanguages.Select("fra+deu+eng", installed);

        Assert.Equal(["eng", "fra", "osd"], installed.Order());
        Assert.Equal(["fra", "eng"], kept);
        Assert.Equal(["deu"], dropped);
    }
}
