using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Microsoft.Extensions.Logging;

namespace Grader.Pipeline.Ingestion.OpenXml.Docx;

/// <summary>
/// Reads a Word document into pages and blocks: the body in document order with headings, lists, tables,
/// text boxes, notes, headers and footers; hidden runs and reviewer comments kept out of the blocks and
/// reported as flags. Page numbers are estimates (see <see cref="DocxPageTracker"/>).
/// </summary>
public sealed class DocxDocumentParser(ILogger<DocxDocumentParser> logger) : IDocumentParser
{
    public DocumentFormat Format => DocumentFormat.Docx;

    public ParserOutput Parse(ParserInput input, CancellationToken cancellationToken) =>
        OfficePackageOpener.Run(logger, input, "Word", () => ParseCore(input, cancellationToken));

    private static ParserOutput ParseCore(ParserInput input, CancellationToken cancellationToken)
    {
        using var stream = OfficePackageOpener.ReadOnlyStream(input);
        using var document = WordprocessingDocument.Open(stream, false, OfficePackageOpener.Settings(input.Options));
        var main = document.MainDocumentPart ?? throw new InvalidDataException("The package has no main document part.");
        var body = main.Document?.Body ?? throw new InvalidDataException("The main document part has no body.");

        var context = new DocxContext(main, cancellationToken);
        var pages = DocxPageTracker.ForBody(input.Options.MaxPages, body.Descendants<LastRenderedPageBreak>().Any());
        var sections = new DocxSections(context, body, pages);
        var reader = new DocxParagraphReader(context.Styles, pages, context.PageBackground);
        var walker = new DocxBlockWalker(context, reader) { AfterParagraph = sections.AfterParagraph };

        sections.Start();
        walker.Walk(body.ChildElements);

        var output = context.Output;
        output.FlushFooters();
        var lastPage = output.Blocks.Count == 0 ? 1 : output.Blocks.Max(b => b.Page);
        output.Blocks.AddRange(output.Endnotes.Select(n => n with { Page = lastPage }));

        var flags = output.Flags.Concat(DocxComments.Read(context)).ToList();
        var documentPages = DocxPagination.ToPages(output.Blocks);
        OfficePackageOpener.EnsurePageLimit(documentPages.Count, input.Options.MaxPages, "pages");

        return new ParserOutput
        {
            Pages = documentPages,
            Flags = flags,
            Metadata = OfficeMetadataReader.Read(document, documentPages.Count),
            PageNumbersEstimated = true,
        };
    }
}
