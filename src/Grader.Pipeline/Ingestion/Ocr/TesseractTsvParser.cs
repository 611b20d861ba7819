using System.Globalization;

namespace Grader.Pipeline.Ingestion.Ocr;

/// <summary>
/// Reads Tesseract's TSV output (<c>level page_num block_num par_num line_num word_num left top width height conf text</c>):
/// words (level 5) are joined into lines, lines keep their paragraph, and the mean confidence is taken over real words.
/// </summary>
internal static class TesseractTsvParser
{
    private const int WordLevel = 5;
    private const int ColumnCount = 12;

    public static OcrPageResult Parse(string tsv)
    {
        var lines = new List<OcrLine>();
        var paragraphIds = new Dictionary<(int Block, int Paragraph), int>();
        var currentKey = (Block: -1, Paragraph: -1, Line: -1);
        var currentWords = new List<string>();
        double confidenceSum = 0;
        var wordCount = 0;

        void FlushLine()
        {
            if (currentWords.Count == 0)
            {
                return;
            }

            var paragraphKey = (currentKey.Block, currentKey.Paragraph);
            if (!paragraphIds.TryGetValue(paragraphKey, out var paragraphId))
            {
                paragraphId = paragraphIds.Count;
                paragraphIds[paragraphKey] = paragraphId;
            }

            lines.Add(new OcrLine(paragraphId, string.Join(' ', currentWords)));
            currentWords.Clear();
        }

        foreach (var row in tsv.Split('\n'))
        {
            var cells = row.TrimEnd('\r').Split('\t');
            if (cells.Length < ColumnCount || !int.TryParse(cells[0], out var level) || level != WordLevel)
            {
                continue; // header row, page/block/line rows, or a truncated line
            }

            var text = cells[11].Trim();
            if (!double.TryParse(cells[10], NumberStyles.Float, CultureInfo.InvariantCulture, out var confidence)
                || confidence < 0 || text.Length == 0)
            {
                continue;
            }

            var key = (Block: ParseInt(cells[2]), Paragraph: ParseInt(cells[3]), Line: ParseInt(cells[4]));
            if (key != currentKey)
            {
                FlushLine();
                currentKey = key;
            }

            currentWords.Add(text);
            confidenceSum += confidence;
            wordCount++;
        }

        FlushLine();
        return wordCount == 0
            ? OcrPageResult.Empty
            : new OcrPageResult(lines, confidenceSum / wordCount / 100.0, wordCount);
    }

    private static int ParseInt(string value) =>
        int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed) ? parsed : 0;
}
