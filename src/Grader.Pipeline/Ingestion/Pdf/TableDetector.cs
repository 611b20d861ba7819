using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;

namespace Grader.Pipeline.Ingestion.Pdf;

/// <summary>
/// Conservative table detection on a page's words. A table is a run of consecutive, closely spaced lines that
/// share at least two column starts: in every line a word starts at each column's x position and no word
/// runs across it. Gaps alone are not enough (a word processor's cell padding can be as narrow as a space),
/// and prose in two columns also shares two starts, so a table needs three rows, short cells, and short
/// cells on average when it has only two columns.
/// Not handled, left as paragraphs: centred or right-aligned columns, merged cells, empty cells.
/// </summary>
internal static class TableDetector
{
    private const double AlignmentTolerance = 2.0;
    private const int MaxTwoColumnAverageLength = 30;
    /// <summary>
    /// Longer cells are prose: two text columns whose lines happen to share word starts would otherwise pass.
    /// Text-heavy tables wrap inside their cells anyway, which breaks the shared column starts.
    /// </summary>
    private const int MaxCellLength = 40;
    /// <summary>Two lines of prose can share word starts by chance; three rarely do.</summary>
    private const int MinRows = 3;

    internal sealed record Row(IReadOnlyList<Word> Words, PdfRectangle Bounds, double FontSize);

    public static (IReadOnlyList<PdfTableRegion> Tables, IReadOnlyList<Word> Remaining) Detect(IReadOnlyList<Word> words)
    {
        var rows = GroupRows(words);
        var tables = new List<PdfTableRegion>();
        var used = new HashSet<Word>(ReferenceEqualityComparer.Instance);

        var start = 0;
        while (start < rows.Count)
        {
            var columns = rows[start].Words.Select(w => w.BoundingBox.Left).ToList();
            var end = start;
            while (end + 1 < rows.Count && Close(rows[end], rows[end + 1]))
            {
                var shared = Shared(columns, rows[end + 1]);
                if (shared.Count < 2)
                {
                    break;
                }

                columns = shared;
                end++;
            }

            var run = rows.GetRange(start, end - start + 1);
            var cells = run.Select(r => Cells(r, columns)).ToList();
            if (IsTable(cells, columns.Count))
            {
                if (start > 0 && IsHeaderRow(rows[start - 1], run[0], columns) && !rows[start - 1].Words.Any(used.Contains))
                {
                    run.Insert(0, rows[start - 1]);
                    cells.Insert(0, Cells(rows[start - 1], columns));
                }

                tables.Add(new PdfTableRegion(
                    cells.Select(r => (IReadOnlyList<string>)r.Select(TextNormalizer.ExpandLigatures).ToList()).ToList(),
                    Union(run.Select(r => r.Bounds))));
                used.UnionWith(run.SelectMany(r => r.Words));
                start = end + 1;
            }
            else
            {
                start++;
            }
        }

        return (tables, words.Where(w => !used.Contains(w)).ToList());
    }

    private static List<Row> GroupRows(IReadOnlyList<Word> words)
    {
        var rows = new List<Row>();
        var current = new List<Word>();
        foreach (var word in words.OrderByDescending(w => w.BoundingBox.Bottom).ThenBy(w => w.BoundingBox.Left))
        {
            if (current.Count > 0 && !SameBaseline(current[0], word))
            {
                rows.Add(ToRow(current));
                current = [];
            }

            current.Add(word);
        }

        if (current.Count > 0)
        {
            rows.Add(ToRow(current));
        }

        return rows;
    }

    private static bool SameBaseline(Word a, Word b) =>
        Math.Abs(a.BoundingBox.Bottom - b.BoundingBox.Bottom) < 0.4 * Math.Max(a.BoundingBox.Height, b.BoundingBox.Height);

    private static Row ToRow(List<Word> words)
    {
        words.Sort((a, b) => a.BoundingBox.Left.CompareTo(b.BoundingBox.Left));
        var fontSize = words.SelectMany(w => w.Letters).Select(l => l.PointSize).DefaultIfEmpty(10).Average();
        return new Row(words, Union(words.Select(w => w.BoundingBox)), fontSize);
    }

    /// <summary>Rows of one table are separated by at most a couple of line heights (cell padding included).</summary>
    private static bool Close(Row above, Row below) =>
        above.Bounds.Bottom - below.Bounds.Top <= 2.5 * Math.Max(above.FontSize, below.FontSize);

    /// <summary>The column starts that the row also has, and that none of its words runs across.</summary>
    private static List<double> Shared(List<double> columns, Row row) =>
        columns.Where(x =>
                row.Words.Any(w => Math.Abs(w.BoundingBox.Left - x) <= AlignmentTolerance)
                && !row.Words.Any(w => w.BoundingBox.Left < x - AlignmentTolerance && w.BoundingBox.Right > x + AlignmentTolerance))
            .ToList();

    /// <summary>
    /// A header row is often centred, so its words do not start at the column positions; it belongs to the
    /// table when it sits right above it, fills at least two columns and no word runs across a column start.
    /// </summary>
    private static bool IsHeaderRow(Row row, Row firstRow, List<double> columns) =>
        Close(row, firstRow)
        && !row.Words.Any(w => columns.Skip(1).Any(x => w.BoundingBox.Left < x - AlignmentTolerance && w.BoundingBox.Right > x + AlignmentTolerance))
        && Cells(row, columns).Count(c => c.Length > 0) >= 2;

    private static List<string> Cells(Row row, List<double> columns)
    {
        var cells = new List<string>(columns.Count);
        for (var c = 0; c < columns.Count; c++)
        {
            var from = c == 0 ? double.MinValue : columns[c] - AlignmentTolerance;
            var to = c + 1 < columns.Count ? columns[c + 1] - AlignmentTolerance : double.MaxValue;
            cells.Add(string.Join(' ', row.Words.Where(w => w.BoundingBox.Left >= from && w.BoundingBox.Left < to).Select(w => w.Text)));
        }

        return cells;
    }

    private static bool IsTable(List<List<string>> rows, int columnCount)
    {
        if (columnCount < 2 || rows.Count < MinRows)
        {
            return false;
        }

        // A column of bullets or numbers beside text is a list, not a table.
        if (rows.All(r => ListMarker.IsMarkerOnly(r[0])))
        {
            return false;
        }

        var lengths = rows.SelectMany(r => r).Select(c => c.Length).ToList();
        if (lengths.Max() > MaxCellLength)
        {
            return false;
        }

        return columnCount > 2 || lengths.Average() <= MaxTwoColumnAverageLength;
    }

    internal static PdfRectangle Union(IEnumerable<PdfRectangle> rectangles)
    {
        double left = double.MaxValue, bottom = double.MaxValue, right = double.MinValue, top = double.MinValue;
        foreach (var r in rectangles)
        {
            left = Math.Min(left, r.Left);
            bottom = Math.Min(bottom, r.Bottom);
            right = Math.Max(right, r.Right);
            top = Math.Max(top, r.Top);
        }

        return left == double.MaxValue ? default : new PdfRectangle(left, bottom, right, top);
    }
}
