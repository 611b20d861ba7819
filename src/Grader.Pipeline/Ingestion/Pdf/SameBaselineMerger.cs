using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.DocumentLayoutAnalysis;

namespace Grader.Pipeline.Ingestion.Pdf;

/// <summary>
/// Docstrum may cut one printed line into several « lines » — on a justified line whose word gaps are wide,
/// every word becomes its own line — and the order of lines sharing a baseline is then arbitrary (seen on a
/// LibreOffice export: « 2026 septembre en Lancer »). Lines whose vertical extents mostly overlap are put
/// back together, top to bottom, with their words left to right.
/// </summary>
internal static class SameBaselineMerger
{
    /// <summary>Two lines are one when they overlap vertically by more than this share of the smaller height.</summary>
    private const double MinVerticalOverlap = 0.5;

    public static IReadOnlyList<IReadOnlyList<Word>> Merge(IReadOnlyList<TextLine> lines)
    {
        if (lines.Any(l => l.Words.Any(w => w.TextOrientation != TextOrientation.Horizontal)))
        {
            return lines.Select(l => (IReadOnlyList<Word>)l.Words.ToList()).ToList(); // rotated text: keep Docstrum's order
        }

        var rows = new List<List<Word>>();
        foreach (var line in lines.OrderByDescending(l => l.BoundingBox.Top))
        {
            var row = rows.FirstOrDefault(r => Overlaps(r, line.BoundingBox));
            if (row is null)
            {
                rows.Add([.. line.Words]);
            }
            else
            {
                row.AddRange(line.Words);
            }
        }

        return rows
            .OrderByDescending(r => r.Max(w => w.BoundingBox.Top))
            .Select(r => (IReadOnlyList<Word>)r.OrderBy(w => w.BoundingBox.Left).ToList())
            .ToList();
    }

    private static bool Overlaps(List<Word> row, UglyToad.PdfPig.Core.PdfRectangle box)
    {
        var top = row.Max(w => w.BoundingBox.Top);
        var bottom = row.Min(w => w.BoundingBox.Bottom);
        var overlap = Math.Min(top, box.Top) - Math.Max(bottom, box.Bottom);
        var smaller = Math.Min(top - bottom, box.Height);
        return smaller > 0 && overlap > MinVerticalOverlap * smaller;
    }
}
