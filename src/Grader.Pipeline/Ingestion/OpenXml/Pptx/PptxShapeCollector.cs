using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Presentation;
using A = DocumentFormat.OpenXml.Drawing;

namespace Grader.Pipeline.Ingestion.OpenXml.Pptx;

/// <summary>
/// Lists the text-bearing shapes of a slide (text shapes and graphic frames) with their absolute position:
/// group shapes are flattened through their child coordinate space, and placeholders without a position
/// of their own take it from the layout, then the master, as PowerPoint does.
/// </summary>
internal sealed class PptxShapeCollector(SlidePart slidePart)
{
    public List<PptxPlacedShape> Collect(ShapeTree tree)
    {
        var shapes = new List<PptxPlacedShape>();
        Collect(tree.ChildElements, Transform.Identity, hidden: false, shapes);
        return shapes;
    }

    private void Collect(IEnumerable<OpenXmlElement> elements, Transform transform, bool hidden, List<PptxPlacedShape> shapes)
    {
        foreach (var element in elements)
        {
            switch (element)
            {
                case Shape shape:
                    var placedShape = Place(shape, shape.ShapeProperties?.Transform2D?.Offset, shape.ShapeProperties?.Transform2D?.Extents, transform)
                        ?? Place(shape, InheritedTransform(shape), transform);
                    shapes.Add(placedShape with { Hidden = hidden || IsHidden(shape.NonVisualShapeProperties?.NonVisualDrawingProperties) });
                    break;
                case GraphicFrame frame:
                    var placedFrame = Place(frame, frame.Transform?.Offset, frame.Transform?.Extents, transform)
                        ?? new PptxPlacedShape(frame, 0, 0, 0, 0, HasPosition: false);
                    shapes.Add(placedFrame with { Hidden = hidden || IsHidden(frame.NonVisualGraphicFrameProperties?.NonVisualDrawingProperties) });
                    break;
                case GroupShape group:
                    Collect(
                        group.ChildElements,
                        transform.Compose(group.GroupShapeProperties?.TransformGroup),
                        hidden || IsHidden(group.NonVisualGroupShapeProperties?.NonVisualDrawingProperties),
                        shapes);
                    break;
                case AlternateContent alternate:
                    OpenXmlElement? branch = alternate.GetFirstChild<AlternateContentChoice>();
                    branch ??= alternate.GetFirstChild<AlternateContentFallback>();
                    if (branch is not null)
                    {
                        Collect(branch.ChildElements, transform, hidden, shapes);
                    }

                    break;
                default:
                    // Pictures, connectors and media carry no text frame.
                    break;
            }
        }
    }

    private static bool IsHidden(NonVisualDrawingProperties? properties) => properties?.Hidden?.Value == true;

    private static PptxPlacedShape? Place(OpenXmlElement element, A.Offset? offset, A.Extents? extents, Transform transform)
    {
        if (offset?.X?.Value is not { } x || offset.Y?.Value is not { } y)
        {
            return null;
        }

        var (ax, ay) = transform.Apply(x, y);
        var width = (long)((extents?.Cx?.Value ?? 0) * transform.ScaleX);
        var height = (long)((extents?.Cy?.Value ?? 0) * transform.ScaleY);
        return new PptxPlacedShape(element, ax, ay, width, height, HasPosition: true);
    }

    private static PptxPlacedShape Place(Shape shape, A.Transform2D? inherited, Transform transform) =>
        Place(shape, inherited?.Offset, inherited?.Extents, transform)
        ?? new PptxPlacedShape(shape, 0, 0, 0, 0, HasPosition: false);

    private A.Transform2D? InheritedTransform(Shape shape)
    {
        var placeholder = PptxPlaceholders.Of(shape);
        if (placeholder is null)
        {
            return null;
        }

        var layout = slidePart.SlideLayoutPart;
        var fromLayout = PptxPlaceholders.Match(layout?.SlideLayout?.CommonSlideData?.ShapeTree, placeholder, byIndex: true);
        if (fromLayout?.ShapeProperties?.Transform2D is { } layoutTransform)
        {
            return layoutTransform;
        }

        var master = layout?.SlideMasterPart?.SlideMaster?.CommonSlideData?.ShapeTree;
        return PptxPlaceholders.Match(master, placeholder, byIndex: false)?.ShapeProperties?.Transform2D;
    }

    /// <summary>An affine map from a group's child coordinates to slide coordinates (no rotation).</summary>
    private readonly record struct Transform(double OffsetX, double OffsetY, double ScaleX, double ScaleY)
    {
        public static Transform Identity => new(0, 0, 1, 1);

        public (long X, long Y) Apply(long x, long y) => ((long)((x * ScaleX) + OffsetX), (long)((y * ScaleY) + OffsetY));

        public Transform Compose(A.TransformGroup? group)
        {
            if (group?.Offset is not { } offset || group.Extents is not { } extents)
            {
                return this;
            }

            var childOffsetX = group.ChildOffset?.X?.Value ?? 0;
            var childOffsetY = group.ChildOffset?.Y?.Value ?? 0;
            var childWidth = group.ChildExtents?.Cx?.Value ?? 0;
            var childHeight = group.ChildExtents?.Cy?.Value ?? 0;
            var sx = childWidth > 0 ? (double)(extents.Cx?.Value ?? 0) / childWidth : 1;
            var sy = childHeight > 0 ? (double)(extents.Cy?.Value ?? 0) / childHeight : 1;

            // child → group space: off + (c - chOff) * s; then group space → slide through this transform.
            var localX = (offset.X?.Value ?? 0) - (childOffsetX * sx);
            var localY = (offset.Y?.Value ?? 0) - (childOffsetY * sy);
            return new Transform((localX * ScaleX) + OffsetX, (localY * ScaleY) + OffsetY, sx * ScaleX, sy * ScaleY);
        }
    }
}
