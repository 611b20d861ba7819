using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;

namespace Grader.Pipeline.Ingestion.Pdf;

/// <summary>
/// The dark areas of a page (filled shapes and images) on which white text is perfectly readable: a banner,
/// a coloured table cell. Painting order is not tracked: a dark area anywhere under a letter makes it visible.
/// </summary>
internal sealed class PageBackgrounds
{
    /// <summary>Below this luminance (0 black, 1 white) a fill is dark enough for white text to read.</summary>
    private const double MaxDarkLuminance = 0.75;

    private readonly List<PdfRectangle> _dark;
    private readonly List<PdfRectangle> _images;

    private PageBackgrounds(List<PdfRectangle> dark, List<PdfRectangle> images)
    {
        _dark = dark;
        _images = images;
    }

    public static PageBackgrounds Of(Page page)
    {
        var dark = new List<PdfRectangle>();
        foreach (var path in page.Paths)
        {
            if (!path.IsFilled || path.IsClipping || path.FillColor is null || path.GetBoundingRectangle() is not { } box)
            {
                continue;
            }

            var (r, g, b) = path.FillColor.ToRGBValues();
            if ((0.2126 * r) + (0.7152 * g) + (0.0722 * b) < MaxDarkLuminance)
            {
                dark.Add(box);
            }
        }

        var images = new List<PdfRectangle>();
        try
        {
            images.AddRange(page.GetImages().Select(i => i.BoundingBox));
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // An unreadable image cannot be a background we know of.
        }

        return new PageBackgrounds(dark, images);
    }

    /// <summary>On a dark shape, or on an image (a photo or a scan under white text is the usual case).</summary>
    public bool IsOnDarkArea(PdfRectangle glyph) => Covers(_dark, glyph) || Covers(_images, glyph);

    public bool IsOnImage(PdfRectangle glyph) => Covers(_images, glyph);

    private static bool Covers(List<PdfRectangle> areas, PdfRectangle glyph)
    {
        var x = (glyph.Left + glyph.Right) / 2;
        var y = (glyph.Bottom + glyph.Top) / 2;
        return areas.Any(d => x >= d.Left && x <= d.Right && y >= d.Bottom && y <= d.Top);
    }
}
