using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;

namespace Grader.Pipeline.Ingestion.Pdf;

/// <summary>The letters of a page split into what a reader sees and what is hidden from them.</summary>
/// <summary>
/// The letters of a page split into what a reader sees, what is hidden from them, and the invisible text a
/// scanner lays over its image (its own OCR), which is neither.
/// </summary>
internal sealed record LetterSplit(
    IReadOnlyList<Letter> Visible,
    IReadOnlyList<(HiddenTextReason Reason, Letter Letter)> Hidden,
    IReadOnlyList<Letter> ScanTextLayer);

/// <summary>
/// Separates text a reader cannot see (white fill, under 3 pt, render mode "neither", outside the page box)
/// from visible text, so that a candidate cannot address the evaluator past the jury. White text counts as
/// hidden unless it sits on a dark filled shape or an image (a banner, a coloured table cell); text of another
/// colour on a background of the same colour is not detected. Invisible text (render mode 3) over an image
/// is a scanner's OCR layer, the usual make-up of a "searchable" scan: it is set apart, not flagged.
/// </summary>
internal static class HiddenTextFilter
{
    private const double MinimumReadableSize = 3.0;
    private const double NearWhite = 0.92;

    public static LetterSplit Split(Page page)
    {
        var box = page.CropBox.Bounds;
        var visible = new List<Letter>(page.Letters.Count);
        var hidden = new List<(HiddenTextReason, Letter)>();
        var scanLayer = new List<Letter>();
        PageBackgrounds? backgrounds = null; // built only when the page has white or invisible text
        foreach (var letter in page.Letters)
        {
            var reason = Classify(letter, box);
            if (reason == HiddenTextReason.WhiteText)
            {
                backgrounds ??= PageBackgrounds.Of(page);
                if (backgrounds.IsOnDarkArea(letter.BoundingBox))
                {
                    reason = null;
                }
            }
            else if (reason == HiddenTextReason.InvisibleRendering)
            {
                backgrounds ??= PageBackgrounds.Of(page);
                if (backgrounds.IsOnImage(letter.BoundingBox))
                {
                    scanLayer.Add(letter);
                    continue;
                }
            }

            if (reason is null)
            {
                visible.Add(letter);
            }
            else if (!string.IsNullOrWhiteSpace(letter.Value))
            {
                hidden.Add((reason.Value, letter));
            }
        }

        return new LetterSplit(visible, hidden, scanLayer);
    }

    internal static HiddenTextReason? Classify(Letter letter, PdfRectangle pageBox)
    {
        if (letter.RenderingMode is TextRenderingMode.Neither or TextRenderingMode.NeitherClip)
        {
            return HiddenTextReason.InvisibleRendering;
        }

        if (IsOutside(letter.BoundingBox, pageBox) && IsOutside(new PdfRectangle(letter.StartBaseLine, letter.EndBaseLine), pageBox))
        {
            return HiddenTextReason.OutsidePage;
        }

        if (letter.PointSize > 0 && letter.PointSize < MinimumReadableSize)
        {
            return HiddenTextReason.TinyText;
        }

        return IsNearWhite(letter) ? HiddenTextReason.WhiteText : null;
    }

    private static bool IsOutside(PdfRectangle glyph, PdfRectangle box) =>
        glyph.Right <= box.Left || glyph.Left >= box.Right || glyph.Top <= box.Bottom || glyph.Bottom >= box.Top;

    private static bool IsNearWhite(Letter letter)
    {
        // Stroke-only text is painted with the stroke colour; everything else shows its fill colour.
        var color = letter.RenderingMode is TextRenderingMode.Stroke or TextRenderingMode.StrokeClip
            ? letter.StrokeColor
            : letter.FillColor;
        if (color is null)
        {
            return false;
        }

        var (r, g, b) = color.ToRGBValues();
        return r >= NearWhite && g >= NearWhite && b >= NearWhite;
    }
}
