using Grader.Pipeline.Ingestion.Ocr;

namespace Grader.Pipeline.Tests.Ingestion.Ocr;

public sealed class TesseractTsvParserTests
{
    private const string Tsv =
        "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n" +
        "1\t1\t0\t0\t0\t0\t0\t0\t1241\t420\t-1\t\n" +
        "4\t1\t1\t1\t1\t0\t118\t120\t324\t19\t-1\t\n" +
        "5\t1\t1\t1\t1\t1\t118\t120\t80\t19\t96.5\tAnalyse\n" +
        "5\t1\t1\t1\t1\t2\t200\t120\t30\t19\t93.5\tdu\n" +
        "5\t1\t1\t1\t1\t3\t240\t120\t80\t19\t-1\t \n" +
        "5\t1\t2\t1\t1\t1\t118\t200\t80\t19\t90\tNotre\n" +
        "5\t1\t2\t1\t1\t2\t200\t200\t80\t19\t80\tentreprise\n" +
        "5\t1\t2\t1\t2\t1\t118\t230\t80\t19\t60\tdéveloppe\n" +
        "5\t1\t2\t1\t2\t2\t118\t230";

    [Fact]
    public void Words_are_joined_into_lines_grouped_by_paragraph_with_mean_confidence()
    {
        var result = TesseractTsvParser.Parse(Tsv);

        Assert.Equal(
            [new OcrLine(0, "Analyse du"), new OcrLine(1, "Notre entreprise"), new OcrLine(1, "développe")],
            result.Lines);
        Assert.Equal(5, result.WordCount);
        Assert.Equal((96.5 + 93.5 + 90 + 80 + 60) / 5 / 100, result.MeanConfidence, 6);
    }

    [Fact]
    public void Output_without_words_is_empty()
    {
        var result = TesseractTsvParser.Parse("level\tpage_num\n1\t1\t0\t0\t0\t0\t0\t0\t10\t10\t-1\t\n");

        Assert.False(result.HasText);
        Assert.Empty(result.Lines);
    }
}
