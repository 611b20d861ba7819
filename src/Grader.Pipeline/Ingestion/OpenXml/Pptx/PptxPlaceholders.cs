using DocumentFormat.OpenXml.Presentation;

namespace Grader.Pipeline.Ingestion.OpenXml.Pptx;

/// <summary>Placeholder helpers: what kind of placeholder a shape is, and its counterpart on a layout or master.</summary>
internal static class PptxPlaceholders
{
    public static PlaceholderShape? Of(Shape shape) =>
        shape.NonVisualShapeProperties?.ApplicationNonVisualDrawingProperties?.PlaceholderShape;

    public static bool IsTitle(Shape shape) =>
        Of(shape)?.Type?.Value is { } type && (type == PlaceholderValues.Title || type == PlaceholderValues.CenteredTitle);

    /// <summary>
    /// Body and content placeholders show their paragraphs as bullets by default (the master's body style);
    /// a plain text box does not.
    /// </summary>
    public static bool IsBulletedBody(Shape shape)
    {
        var placeholder = Of(shape);
        if (placeholder is null)
        {
            return false;
        }

        var type = placeholder.Type?.Value;
        return type is null || type == PlaceholderValues.Body || type == PlaceholderValues.Object;
    }

    /// <summary>Speaker notes live in the body placeholder of the notes slide.</summary>
    public static bool IsNotesBody(Shape shape) => Of(shape)?.Type?.Value == PlaceholderValues.Body;

    public static Shape? Match(ShapeTree? tree, PlaceholderShape placeholder, bool byIndex)
    {
        if (tree is null)
        {
            return null;
        }

        var shapes = tree.Descendants<Shape>().Where(s => Of(s) is not null).ToList();
        if (byIndex && placeholder.Index?.Value is { } index
            && shapes.FirstOrDefault(s => Of(s)!.Index?.Value == index) is { } byIdx)
        {
            return byIdx;
        }

        var type = Normalise(placeholder.Type?.Value);
        return shapes.FirstOrDefault(s => Normalise(Of(s)!.Type?.Value) == type);
    }

    /// <summary>On the master, a centred title is positioned as the title and content as the body.</summary>
    private static PlaceholderValues Normalise(PlaceholderValues? type)
    {
        if (type is null || type == PlaceholderValues.Object || type == PlaceholderValues.SubTitle)
        {
            return PlaceholderValues.Body;
        }

        return type == PlaceholderValues.CenteredTitle ? PlaceholderValues.Title : type.Value;
    }
}
