using Grader.Pipeline.Ingestion;
using ParsedFormat = Grader.Pipeline.Ingestion.DocumentFormat;

namespace Grader.Api.Dossiers.Preview;

/// <summary>Turns the pipeline's <see cref="ParsedDocument"/> into the viewer's DTO, with French page markers.</summary>
internal static class DocumentPreviewMapper
{
    public static DocumentPreviewDto Map(Guid fileId, string fileName, string kind, ParsedDocument document)
    {
        var flags = document.Flags.Select(f => new PreviewFlagDto(f.Kind, f.Page, f.Detail)).ToList();
        var pages = document.Pages
            .Select(page => new PreviewPageDto(
                page.Number,
                LabelOf(document.Format, page),
                string.IsNullOrWhiteSpace(page.Label) ? null : page.Label.Trim(),
                page.Ocr,
                page.Blocks.Select(MapBlock).ToList(),
                flags.Where(f => f.Page == page.Number).ToList()))
            .ToList();
        return new DocumentPreviewDto(fileId, fileName, kind, document.PageNumbersEstimated, pages, flags.Where(f => f.Page is null).ToList());
    }

    /// <summary>The marker the juror reads above each page; the number is always the one the quotes carry.</summary>
    public static string LabelOf(ParsedFormat format, DocumentPage page) => format switch
    {
        ParsedFormat.Pptx => $"Diapositive {page.Number}",
        ParsedFormat.Xlsx when !string.IsNullOrWhiteSpace(page.Label) => $"Feuille « {page.Label.Trim()} »",
        ParsedFormat.Xlsx => $"Feuille {page.Number}",
        _ => $"Page {page.Number}",
    };

    private static PreviewBlockDto MapBlock(DocumentBlock block) => new(
        KindOf(block.Kind),
        block.Text,
        block.Level,
        block.ListLabel,
        block.Rows?.Select(r => (IReadOnlyList<string>)r.Cells.ToList()).ToList());

    private static string KindOf(BlockKind kind) => kind switch
    {
        BlockKind.Heading => "heading",
        BlockKind.Paragraph => "paragraph",
        BlockKind.ListItem => "list-item",
        BlockKind.Table => "table",
        BlockKind.Caption => "caption",
        BlockKind.Header => "header",
        BlockKind.Footer => "footer",
        BlockKind.Footnote => "footnote",
        BlockKind.Notes => "notes",
        _ => "paragraph",
    };
}
