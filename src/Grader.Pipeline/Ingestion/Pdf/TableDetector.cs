using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;

namespace Grader.Pipeline.Ingestion.Pdf;

/// <summary>
/// Conservative table detection on a page's words: consecutive lines cut into the same number of cells by wide
/// gaps, whose cells line up (left, right or centre) from line to line. Prose in two columns also has two
/// aligned "cells" per line, so two-cell runs need short cells and at least three rows. Ruling lines are not
/// used; tables with merged or empty cells are left as paragraphs rather than guessed.
/// </summary>
internal static class TableDetector
{
    /// <summary>A gap wider than this many times the font size separates two cells.</summary>
    private const double CellGapInFontSizes = 1.2;
    private const double AlignmentTolerance = 6.0;
    private const int MaxTwoCellAverageLength = 30;
    private const int MaxCellLength = 80;

    internal sealed record Row(IReadOnlyList<Cell> Cells, PdfRectangle Bounds, double FontSize);

    internal sealed record Cell(IReadOnlyList<Word> Words, PdfRectangle Bounds)
    {
        public string Text => string.Join(' ', Words.Select(w => w.Text));
    }

    public static (IReadOnlyList<PdfTableRegion> Tables, IReadOnlyList<Word> Remaining) Detect(IReadOnlyList<Word> words)
    {
        var rows = GroupRows(words);
        var tables = new List<PdfTableRegion>();
        var used = new HashSet<Word>(ReferenceEqualityComparer.Instance);

        var start = 0;
        while (start < rows.Count)
        {
            var end = start;
            while (end + 1 < rows.Count && Continues(rows[end], rows[end + 1]))
            {
                end++;
            }

            var run = rows.Skip(start).Take(end - start + 1).ToList();
            if (IsTable(run))
            {
                tables.Add(ToRegion(run));
                foreach (var word in run.SelectMany(r => r.Cells).SelectMany(c => c.Words))
                {
                    used.Add(word);
                }
            }

            start = end + 1;
        }

        return (tables, words.Where(w => !used.Contains(w)).ToList());
    }

    private static List<Row> GroupRows(IReadOnlyList<Word> words)
    {
        var rows = new List<Row>();
        var sorted = words.OrderByDescending(w => w.BoundingBox.Bottom).ThenBy(w => w.BoundingBox.Left).ToList();
        var current = new List<Word>();
        foreach (var word in sorted)
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
        var cells = new List<Cell>();
        var cellWords = new List<Word> { words[0] };
        for (var i = 1; i < words.Count; i++)
        {
            if (words[i].BoundingBox.Left - words[i - 1].BoundingBox.Right > CellGapInFontSizes * fontSize)
            {
                cells.Add(new Cell(cellWords, Union(cellWords.Select(w => w.BoundingBox))));
                cellWords = [];
            }

            cellWords.Add(words[i]);
        }

        cells.Add(new Cell(cellWords, Union(cellWords.Select(w => w.BoundingBox))));
        return new Row(cells, Union(words.Select(w => w.BoundingBox)), fontSize);
    }

    /// <summary>The next row belongs to the same run when it is close below and cut into the same columns.</summary>
    private static bool Continues(Row above, Row below)
    {
        if (above.Cells.Count < 2 || above.Cells.Count != below.Cells.Count)
        {
            return false;
        }

        var gap = above.Bounds.Bottom - below.Bounds.Top;
        if (gap > 2.5 * Math.Max(above.FontSize, below.FontSize))
        {
            return false;
        }

        return above.Cells.Zip(below.Cells).All(pair => Aligned(pair.First.Bounds, pair.Second.Bounds));
    }

    private static bool Aligned(PdfRectangle a, PdfRectangle b) =>
        Math.Abs(a.Left - b.Left) <= AlignmentTolerance
        || Math.Abs(a.Right - b.Right) <= AlignmentTolerance
        || Math.Abs((a.Left + a.Right) / 2 - (b.Left + b.Right) / 2) <= AlignmentTolerance;

    private static bool IsTable(List<Row> run)
    {
        if (run.Count < 2 || run[0].Cells.Count < 2)
        {
            return false;
        }

        var cells = run.SelectMany(r => r.Cells).Select(c => c.Text.Length).ToList();
        if (cells.Max() > MaxCellLength)
        {
            return false;
        }

        return run[0].Cells.Count > 2 || (run.Count >= 3 && cells.Average() <= MaxTwoCellAverageLength);
    }

    private static PdfTableRegion ToRegion(List<Row> run) =>
        new(
            run.Select(r => (IReadOnlyList<string>)r.Cells.Select(c => TextNormalizer.ExpandLigatures(c.Text)).ToList()).ToList(),
            Union(run.Select(r => r.Bounds)));

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
