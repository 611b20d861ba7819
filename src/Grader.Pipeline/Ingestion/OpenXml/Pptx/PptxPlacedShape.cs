using DocumentFormat.OpenXml;

namespace Grader.Pipeline.Ingestion.OpenXml.Pptx;

/// <summary>A shape of a slide with its position on the slide, in EMU, after group transforms.</summary>
internal sealed record PptxPlacedShape(OpenXmlElement Element, long X, long Y, long Width, long Height, bool HasPosition)
{
    public const double EmuPerPoint = 12700;

    /// <summary>True when the shape, or a group containing it, is hidden in the selection pane.</summary>
    public bool Hidden { get; init; }

    /// <summary>Why nobody watching the slide show can see this shape, or null when it is visible.</summary>
    public HiddenReason? Invisibility(long slideWidth, long slideHeight) =>
        Hidden ? HiddenReason.HiddenShape : IsOffSlide(slideWidth, slideHeight) ? HiddenReason.OffSlide : null;

    /// <summary>True when no part of the shape lies on the slide: nobody watching the slide show can see it.</summary>
    public bool IsOffSlide(long slideWidth, long slideHeight) =>
        HasPosition && (X >= slideWidth || Y >= slideHeight || X + Width <= 0 || Y + Height <= 0);

    /// <summary>Bounds in points from the bottom-left corner, the document model's (PDF) convention.</summary>
    public BlockBounds? Bounds(long slideHeight) => HasPosition
        ? new BlockBounds(X / EmuPerPoint, (slideHeight - (Y + Height)) / EmuPerPoint, Width / EmuPerPoint, Height / EmuPerPoint)
        : null;
}
