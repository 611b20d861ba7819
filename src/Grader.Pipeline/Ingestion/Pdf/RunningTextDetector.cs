using System.Text.RegularExpressions;

namespace Grader.Pipeline.Ingestion.Pdf;

/// <summary>
/// Finds running headers and footers: text near the top or bottom edge that comes back on several pages
/// (digits masked, so "Page 2 / 9" matches "Page 3 / 9"), or a bare page number near an edge.
/// </summary>
internal sealed partial class RunningTextDetector
{
    /// <summary>
    /// Share of the page height, from the edge, where headers and footers live: about 2.4 cm on A4, enough for
    /// Word's and LibreOffice's default header distance, but not for a chapter heading set under the top margin
    /// (which also repeats once digits are masked: "1. Partie" / "2. Partie").
    /// </summary>
    private const double EdgeBand = 0.08;

    private readonly HashSet<string> _repeatedHeaders;
    private readonly HashSet<string> _repeatedFooters;

    private RunningTextDetector(HashSet<string> headers, HashSet<string> footers)
    {
        _repeatedHeaders = headers;
        _repeatedFooters = footers;
    }

    [GeneratedRegex(@"^[-–—\s]*(page|p\.)?\s*#+(\s*(/|sur|de|of)\s*#+)?[-–—\s]*$", RegexOptions.IgnoreCase)]
    private static partial Regex PageNumber();

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    public static RunningTextDetector Learn(IReadOnlyList<PdfPageDraft> pages)
    {
        var headerPages = new Dictionary<string, HashSet<int>>();
        var footerPages = new Dictionary<string, HashSet<int>>();
        foreach (var page in pages)
        {
            foreach (var region in page.Regions.OfType<PdfTextRegion>())
            {
                var band = BandOf(region, page);
                if (band == 0)
                {
                    continue;
                }

                var target = band > 0 ? headerPages : footerPages;
                var key = Key(region.Text);
                if (!target.TryGetValue(key, out var seen))
                {
                    target[key] = seen = [];
                }

                seen.Add(page.Number);
            }
        }

        var pagesWithText = Math.Max(1, pages.Count(p => p.Regions.Count > 0));
        var minimum = Math.Max(2, (int)Math.Ceiling(pagesWithText * 0.4));
        return new RunningTextDetector(
            headerPages.Where(kv => kv.Value.Count >= minimum).Select(kv => kv.Key).ToHashSet(),
            footerPages.Where(kv => kv.Value.Count >= minimum).Select(kv => kv.Key).ToHashSet());
    }

    /// <summary>Header or Footer when the region is running text; null for body text.</summary>
    public BlockKind? Classify(PdfTextRegion region, PdfPageDraft page)
    {
        var band = BandOf(region, page);
        if (band == 0)
        {
            return null;
        }

        var key = Key(region.Text);
        var repeated = band > 0 ? _repeatedHeaders.Contains(key) : _repeatedFooters.Contains(key);
        if (!repeated && !PageNumber().IsMatch(key))
        {
            return null;
        }

        return band > 0 ? BlockKind.Header : BlockKind.Footer;
    }

    /// <summary>+1 in the top band, -1 in the bottom band, 0 in the body.</summary>
    private static int BandOf(PdfRegion region, PdfPageDraft page)
    {
        if (page.Height <= 0)
        {
            return 0;
        }

        if (region.Bounds.Bottom >= page.Height * (1 - EdgeBand))
        {
            return 1;
        }

        return region.Bounds.Top <= page.Height * EdgeBand ? -1 : 0;
    }

    private static string Key(string text) =>
        Spaces().Replace(Digits().Replace(text.Trim().ToLowerInvariant(), "#"), " ");
}
