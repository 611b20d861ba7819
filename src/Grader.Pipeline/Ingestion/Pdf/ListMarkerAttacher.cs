namespace Grader.Pipeline.Ingestion.Pdf;

/// <summary>
/// Word processors put a list marker and its text far apart (a tab or a hanging indent), so layout analysis
/// often makes a column of lone bullets beside a block of item text. This puts each lone marker back in
/// front of the line it sits beside, so that the items are recognised as list items.
/// </summary>
internal static class ListMarkerAttacher
{
    /// <summary>Largest gap, in points, between a marker and the start of its text.</summary>
    private const double MaxMarkerGap = 60;

    public static List<PdfRegion> Attach(List<PdfRegion> ordered)
    {
        var markers = ordered.OfType<PdfTextRegion>()
            .SelectMany(r => r.Lines.Where(l => ListMarker.IsMarkerOnly(l.Text)).Select(l => (Region: r, Line: l)))
            .ToList();
        if (markers.Count == 0)
        {
            return ordered;
        }

        var replacements = new Dictionary<PdfTextLine, PdfTextLine>(ReferenceEqualityComparer.Instance);
        var attached = new HashSet<PdfTextLine>(ReferenceEqualityComparer.Instance);
        var candidates = ordered.OfType<PdfTextRegion>().SelectMany(r => r.Lines)
            .Where(l => !ListMarker.IsMarkerOnly(l.Text))
            .ToList();
        foreach (var (_, marker) in markers)
        {
            var middle = (marker.Bounds.Bottom + marker.Bounds.Top) / 2;
            var target = candidates
                .Where(l => !replacements.ContainsKey(l)
                    && middle >= l.Bounds.Bottom && middle <= l.Bounds.Top
                    && l.Bounds.Left >= marker.Bounds.Right - 1
                    && l.Bounds.Left - marker.Bounds.Right <= MaxMarkerGap)
                .MinBy(l => l.Bounds.Left);
            if (target is null)
            {
                continue;
            }

            replacements[target] = target with
            {
                Text = marker.Text + " " + target.Text,
                Bounds = TableDetector.Union([marker.Bounds, target.Bounds]),
            };
            attached.Add(marker);
        }

        var result = new List<PdfRegion>(ordered.Count);
        foreach (var region in ordered)
        {
            if (region is not PdfTextRegion text)
            {
                result.Add(region);
                continue;
            }

            var lines = text.Lines.Where(l => !attached.Contains(l))
                .Select(l => replacements.GetValueOrDefault(l, l))
                .ToList();
            if (lines.Count > 0)
            {
                result.Add(new PdfTextRegion(lines, TableDetector.Union(lines.Select(l => l.Bounds))));
            }
        }

        return result;
    }
}
