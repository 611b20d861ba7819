using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Presentation;
using A = DocumentFormat.OpenXml.Drawing;

namespace Grader.Pipeline.Ingestion.OpenXml.Pptx;

/// <summary>
/// Resolves slide colours well enough to tell whether text stands out from its background: explicit RGB,
/// system colours, and the theme's light and dark colours (bg1/lt1, tx1/dk1) that the default templates use.
/// When a background is a picture or gradient we do not guess: colour-based flags are then not raised.
/// </summary>
internal sealed class PptxColours
{
    private readonly A.ColorScheme? _scheme;

    public PptxColours(SlidePart slidePart)
    {
        _scheme = slidePart.SlideLayoutPart?.SlideMasterPart?.ThemePart?.Theme?.ThemeElements?.ColorScheme;
        SlideBackground = ResolveBackground(slidePart);
    }

    /// <summary>The slide's background colour; null when it is not a plain colour.</summary>
    public OfficeColor? SlideBackground { get; }

    /// <summary>The colour of the first colour child of <paramref name="container"/> (a solid fill, a style reference...).</summary>
    public OfficeColor? Resolve(OpenXmlElement? container)
    {
        if (container is null)
        {
            return null;
        }

        foreach (var child in container.ChildElements)
        {
            switch (child)
            {
                case A.RgbColorModelHex rgb:
                    return OfficeColor.Parse(rgb.Val?.Value);
                case A.SystemColor system:
                    return OfficeColor.Parse(system.LastColor?.Value);
                case A.SchemeColor scheme:
                    return FromScheme(scheme.Val?.InnerText);
            }
        }

        return null;
    }

    private OfficeColor? FromScheme(string? name) => name switch
    {
        "bg1" or "lt1" => Resolve(_scheme?.Light1Color) ?? OfficeColor.White,
        "tx1" or "dk1" => Resolve(_scheme?.Dark1Color),
        "bg2" or "lt2" => Resolve(_scheme?.Light2Color),
        "tx2" or "dk2" => Resolve(_scheme?.Dark2Color),
        _ => null,
    };

    private OfficeColor? ResolveBackground(SlidePart slidePart)
    {
        var layout = slidePart.SlideLayoutPart;
        Background?[] candidates =
        [
            slidePart.Slide?.CommonSlideData?.Background,
            layout?.SlideLayout?.CommonSlideData?.Background,
            layout?.SlideMasterPart?.SlideMaster?.CommonSlideData?.Background,
        ];

        var background = candidates.FirstOrDefault(b => b is not null);
        if (background is null)
        {
            return OfficeColor.White;
        }

        if (background.BackgroundProperties is { } properties)
        {
            return Resolve(properties.GetFirstChild<A.SolidFill>());
        }

        return Resolve(background.BackgroundStyleReference);
    }
}
