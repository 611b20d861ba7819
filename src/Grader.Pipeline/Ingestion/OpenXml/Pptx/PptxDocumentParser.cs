using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Presentation;
using Microsoft.Extensions.Logging;

namespace Grader.Pipeline.Ingestion.OpenXml.Pptx;

/// <summary>
/// Reads a presentation: one page per slide in presentation order, labelled with the slide title.
/// A hidden slide keeps its page (so page numbers stay the slide numbers the candidate sees in PowerPoint)
/// but no blocks: the jury never sees it projected, so its text is reported as a hidden-text flag instead.
/// </summary>
public sealed class PptxDocumentParser(ILogger<PptxDocumentParser> logger) : IDocumentParser
{
    /// <summary>PowerPoint's default 16:9 slide, used when the presentation does not say.</summary>
    private const long DefaultSlideWidth = 12192000;
    private const long DefaultSlideHeight = 6858000;

    public DocumentFormat Format => DocumentFormat.Pptx;

    public ParserOutput Parse(ParserInput input, CancellationToken cancellationToken) =>
        OfficePackageOpener.Run(logger, input, "PowerPoint", () => ParseCore(input, cancellationToken));

    private static ParserOutput ParseCore(ParserInput input, CancellationToken cancellationToken)
    {
        using var stream = OfficePackageOpener.ReadOnlyStream(input);
        using var document = PresentationDocument.Open(stream, false, OfficePackageOpener.Settings(input.Options));
        var presentationPart = document.PresentationPart ?? throw new InvalidDataException("The package has no presentation part.");
        var presentation = presentationPart.Presentation ?? throw new InvalidDataException("The presentation part is empty.");

        var slideIds = presentation.SlideIdList?.Elements<SlideId>().ToList() ?? [];
        OfficePackageOpener.EnsurePageLimit(slideIds.Count, input.Options.MaxPages, "diapositives");

        var width = presentation.SlideSize?.Cx?.Value ?? DefaultSlideWidth;
        var height = presentation.SlideSize?.Cy?.Value ?? DefaultSlideHeight;
        var reader = new PptxSlideReader(width, height);
        var pages = new List<DocumentPage>();
        var flags = new List<DocumentFlag>();
        foreach (var slideId in slideIds)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var number = pages.Count + 1;
            if (slideId.RelationshipId?.Value is not { } relationship
                || presentationPart.GetPartById(relationship) is not SlidePart slidePart)
            {
                pages.Add(new DocumentPage { Number = number, Blocks = [] });
                continue;
            }

            var content = reader.Read(slidePart, number);
            flags.AddRange(content.Flags);
            if (slidePart.Slide?.Show?.Value == false)
            {
                var text = string.Join("\n", content.Blocks.Select(b => b.Text));
                if (text.Length > 0)
                {
                    flags.Add(OfficeFlags.Hidden(HiddenReason.HiddenSlide, number, text));
                }

                pages.Add(new DocumentPage { Number = number, Blocks = [], Label = content.Title });
            }
            else
            {
                pages.Add(new DocumentPage { Number = number, Blocks = content.Blocks, Label = content.Title });
            }
        }

        return new ParserOutput
        {
            Pages = pages,
            Flags = flags,
            Metadata = OfficeMetadataReader.Read(document, pages.Count),
        };
    }
}
