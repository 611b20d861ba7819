using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;

namespace Grader.Pipeline.Ingestion.Pdf;

/// <summary>A horizontal or vertical line drawn on the page (a table border), in points.</summary>
internal readonly record struct Ruling(double Position, double From, double To);

/// <summary>The straight horizontal and vertical lines of a page, as tables with borders draw them.</summary>
internal sealed record PageRulings(IReadOnlyList<Ruling> Horizontal, IReadOnlyList<Ruling> Vertical)
{
    /// <summary>Thicker than this, a shape is an area, not a line.</summary>
    private const double MaxThickness = 1.5;
    private const double MinLength = 8;

    public static PageRulings None { get; } = new([], []);

    public static PageRulings Of(Page page)
    {
        var horizontal = new List<Ruling>();
        var vertical = new List<Ruling>();
        foreach (var path in page.Paths)
        {
            if (path.IsClipping || (!path.IsStroked && !path.IsFilled))
            {
                continue;
            }

            foreach (var subpath in path)
            {
                if (subpath.GetBoundingRectangle() is not { } box)
                {
                    continue;
                }

                if (box.Height <= MaxThickness && box.Width >= MinLength)
                {
                    horizontal.Add(new Ruling((box.Bottom + box.Top) / 2, box.Left, box.Right));
                }
                else if (box.Width <= MaxThickness && box.Height >= MinLength)
                {
                    vertical.Add(new Ruling((box.Left + box.Right) / 2, box.Bottom, box.Top));
                }
            }
        }

        return new PageRulings(horizontal, vertical);
    }
}
