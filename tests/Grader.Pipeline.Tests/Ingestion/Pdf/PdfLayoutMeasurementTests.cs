using Grader.Pipeline.Ingestion.Pdf;
using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.PageSegmenter;
using UglyToad.PdfPig.DocumentLayoutAnalysis.ReadingOrderDetector;
using static UglyToad.PdfPig.DocumentLayoutAnalysis.ReadingOrderDetector.UnsupervisedReadingOrderDetector;

namespace Grader.Pipeline.Tests.Ingestion.Pdf;

/// <summary>
/// Measures each segmenter / reading-order combination on the generated pages and pins the one the parser uses.
/// The figures are written to the test output (run with <c>--logger "console;verbosity=detailed"</c>).
/// </summary>
public sealed class PdfLayoutMeasurementTests(ITestOutputHelper output)
{
    public static TheoryData<string, string> Combinations => new()
    {
        { "Docstrum", "ColumnWise" },
        { "Docstrum", "ColumnWise+rendering" },
        { "Docstrum", "RowWise" },
        { "RecursiveXYCut", "ColumnWise" },
        { "RecursiveXYCut", "ColumnWise+rendering" },
    };

    [Theory]
    [MemberData(nameof(Combinations))]
    public void Reading_order_per_combination(string segmenterName, string orderName)
    {
        IPageSegmenter segmenter = segmenterName == "Docstrum" ? DocstrumBoundingBoxes.Instance : RecursiveXYCut.Instance;
        IReadingOrderDetector order = orderName switch
        {
            "ColumnWise" => new UnsupervisedReadingOrderDetector(5, SpatialReasoningRules.ColumnWise, false),
            "ColumnWise+rendering" => new UnsupervisedReadingOrderDetector(5, SpatialReasoningRules.ColumnWise, true),
            _ => new UnsupervisedReadingOrderDetector(5, SpatialReasoningRules.RowWise, false),
        };

        var columns = Text(PdfFixtures.TwoColumns(), segmenter, order);
        var markers = PdfFixtures.ParagraphMarkers.Select(m => columns.IndexOf(m, StringComparison.Ordinal)).ToList();
        var columnsOk = markers.SequenceEqual(markers.Order()) && columns.StartsWith("Strategie", StringComparison.Ordinal);
        var dossier = Text(PdfFixtures.StructuredDossier(), segmenter, order);
        var footerLast = dossier.TrimEnd().EndsWith("Page 1 / 3", StringComparison.Ordinal);
        var timer = System.Diagnostics.Stopwatch.StartNew();
        for (var i = 0; i < 20; i++)
        {
            Text(PdfFixtures.StructuredDossier(), segmenter, order);
        }

        output.WriteLine($"{segmenterName} + {orderName}: columns in order = {columnsOk}, footer last = {footerLast}, {timer.Elapsed.TotalMilliseconds / 20:0.0} ms/page");

        if (segmenterName == "Docstrum" && orderName == "ColumnWise")
        {
            // The combination PdfLayoutAnalyzer uses.
            Assert.True(columnsOk, columns);
            Assert.True(footerLast, dossier);
        }
    }

    private static string Text(byte[] pdf, IPageSegmenter segmenter, IReadingOrderDetector order)
    {
        using var document = PdfDocument.Open(pdf);
        var letters = HiddenTextFilter.Split(document.GetPage(1)).Visible;
        return string.Join('\n', PdfLayoutAnalyzer.Analyze(letters, PageRulings.None, segmenter, order).Select(r => r switch
        {
            PdfTextRegion t => t.Text,
            PdfTableRegion t => string.Join(" | ", t.Rows.SelectMany(c => c)),
            _ => string.Empty,
        }));
    }
}
