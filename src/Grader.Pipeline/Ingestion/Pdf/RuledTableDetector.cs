using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;

namespace Grader.Pipeline.Ingestion.Pdf;

/// <summary>
/// Tables drawn with borders: horizontal and vertical rulings that cross each other form a grid, and each
/// word goes to the cell that holds its centre. This reads tables the line-based <see cref="TableDetector"/>
/// cannot, such as cells whose text is vertically centred or wrapped. A row where a column border is missing
/// has a merged cell: its text goes to the first column of the span. Tables without vertical borders are
/// left to the line-based detector.
/// </summary>
internal static class RuledTableDetector
{
    private const double Tolerance = 2.0;
    /// <summary>
    /// Grouping compares every pair of rulings; a page with more lines than this is a drawing or a chart
    /// (thousands of strokes), not a table worth the quadratic cost.
    /// </summary>
    private const int MaxRulings = 1500;

    public static (IReadOnlyList<PdfTableRegion> Tables, IReadOnlyList<Word> Remaining) Detect(
        IReadOnlyList<Word> words, PageRulings rulings)
    {
        if (rulings.Horizontal.Count < 3 || rulings.Vertical.Count < 3
            || rulings.Horizontal.Count + rulings.Vertical.Count > MaxRulings)
        {
            return ([], words);
        }

        var tables = new List<PdfTableRegion>();
        var used = new HashSet<Word>(ReferenceEqualityComparer.Instance);
        foreach (var (horizontal, vertical) in Grids(rulings))
        {
            var table = Read(words, horizontal, vertical, used);
            if (table is not null)
            {
                tables.Add(table);
            }
        }

        return (tables, tables.Count == 0 ? words : words.Where(w => !used.Contains(w)).ToList());
    }

    /// <summary>Groups rulings that touch each other (connected components), one group per table.</summary>
    private static IEnumerable<(List<Ruling> Horizontal, List<Ruling> Vertical)> Grids(PageRulings rulings)
    {
        var all = rulings.Horizontal.Select(r => (Ruling: r, IsHorizontal: true))
            .Concat(rulings.Vertical.Select(r => (Ruling: r, IsHorizontal: false)))
            .ToList();
        var parent = Enumerable.Range(0, all.Count).ToArray();
        int Find(int i) => parent[i] == i ? i : parent[i] = Find(parent[i]);

        for (var i = 0; i < all.Count; i++)
        {
            for (var j = i + 1; j < all.Count; j++)
            {
                if (all[i].IsHorizontal != all[j].IsHorizontal)
                {
                    var (h, v) = all[i].IsHorizontal ? (all[i].Ruling, all[j].Ruling) : (all[j].Ruling, all[i].Ruling);
                    if (v.Position >= h.From - Tolerance && v.Position <= h.To + Tolerance
                        && h.Position >= v.From - Tolerance && h.Position <= v.To + Tolerance)
                    {
                        parent[Find(i)] = Find(j);
                    }
                }
            }
        }

        return all.Select((r, i) => (r, Root: Find(i)))
            .GroupBy(x => x.Root)
            .Select(g => (
                g.Where(x => x.r.IsHorizontal).Select(x => x.r.Ruling).ToList(),
                g.Where(x => !x.r.IsHorizontal).Select(x => x.r.Ruling).ToList()))
            .Where(g => g.Item1.Count >= 3 && g.Item2.Count >= 3);
    }

    private static PdfTableRegion? Read(IReadOnlyList<Word> words, List<Ruling> horizontal, List<Ruling> vertical, HashSet<Word> used)
    {
        var ys = Distinct(horizontal.Select(r => r.Position)).OrderDescending().ToList();
        var xs = Distinct(vertical.Select(r => r.Position)).Order().ToList();
        if (ys.Count < 3 || xs.Count < 3)
        {
            return null;
        }

        var bounds = new PdfRectangle(xs[0], ys[^1], xs[^1], ys[0]);
        var inside = words.Where(w => !used.Contains(w) && Contains(bounds, Centre(w.BoundingBox))).ToList();
        var rows = new List<IReadOnlyList<string>>();
        for (var r = 0; r + 1 < ys.Count; r++)
        {
            var (top, bottom) = (ys[r], ys[r + 1]);
            var middle = (top + bottom) / 2;
            var cells = new List<string>();
            var owner = 0;
            var cellWords = Enumerable.Range(0, xs.Count - 1).Select(_ => new List<Word>()).ToList();
            for (var c = 0; c + 1 < xs.Count; c++)
            {
                // A missing border on the left of this column merges it with the previous one in this row.
                if (c > 0 && vertical.Any(v => Math.Abs(v.Position - xs[c]) <= Tolerance && v.From <= middle && v.To >= middle))
                {
                    owner = c;
                }

                cellWords[owner].AddRange(inside.Where(w =>
                {
                    var p = Centre(w.BoundingBox);
                    return p.Y <= top && p.Y > bottom && p.X >= xs[c] && p.X < xs[c + 1];
                }));
            }

            cells.AddRange(cellWords.Select(CellText));
            if (cells.Any(c => c.Length > 0))
            {
                rows.Add(cells);
            }
        }

        if (rows.Count < 2 || Enumerable.Range(0, xs.Count - 1).Count(c => rows.Any(r => r[c].Length > 0)) < 2)
        {
            return null; // a framed paragraph or a single column box, not a table
        }

        used.UnionWith(inside);
        return new PdfTableRegion(rows, bounds);
    }

    /// <summary>A cell's words line by line (top to bottom, left to right); lines joined with hyphenation repaired.</summary>
    private static string CellText(List<Word> cell) =>
        TextNormalizer.ExpandLigatures(Dehyphenator.Empty.Join(cell
            .GroupBy(w => Math.Round(w.BoundingBox.Bottom / 2))
            .OrderByDescending(g => g.Key)
            .Select(g => string.Join(' ', g.OrderBy(w => w.BoundingBox.Left).Select(w => w.Text)))));

    private static List<double> Distinct(IEnumerable<double> positions)
    {
        var result = new List<double>();
        foreach (var p in positions.Order())
        {
            if (result.Count == 0 || p - result[^1] > Tolerance)
            {
                result.Add(p);
            }
        }

        return result;
    }

    private static PdfPoint Centre(PdfRectangle r) => new((r.Left + r.Right) / 2, (r.Bottom + r.Top) / 2);

    private static bool Contains(PdfRectangle box, PdfPoint p) =>
        p.X >= box.Left && p.X <= box.Right && p.Y >= box.Bottom && p.Y <= box.Top;
}
