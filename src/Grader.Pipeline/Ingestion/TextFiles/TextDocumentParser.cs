using System.Text.RegularExpressions;
using Grader.Pipeline.Ingestion.Detection;

namespace Grader.Pipeline.Ingestion.TextFiles;

/// <summary>
/// Reads plain-text and Markdown dossiers. HTML comments in Markdown are invisible once rendered: they are
/// kept out of the blocks and reported as hidden text, like white text in a PDF.
/// </summary>
public sealed partial class TextDocumentParser : IDocumentParser
{
    /// <param name="format">PlainText or Markdown: one instance is registered per format.</param>
    public TextDocumentParser(DocumentFormat format)
    {
        if (format is not (DocumentFormat.PlainText or DocumentFormat.Markdown))
        {
            throw new ArgumentOutOfRangeException(nameof(format), format, "Only plain text and Markdown are text formats.");
        }

        Format = format;
    }

    public DocumentFormat Format { get; }

    public ParserOutput Parse(ParserInput input, CancellationToken cancellationToken)
    {
        var text = TextDecoder.TryDecode(input.Content)
            ?? throw new IngestionException(IngestionErrorKind.UnsupportedFormat, IngestionMessages.Unsupported(input.FileName));
        text = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');

        var markdown = Format == DocumentFormat.Markdown;
        var hidden = new List<HiddenSource>();
        var metadata = new DocumentMetadata();
        if (markdown)
        {
            (text, metadata) = MarkdownFrontMatter.Extract(text);
            text = HtmlComment().Replace(text, m =>
            {
                hidden.Add(new HiddenSource(m.Groups[1].Value.Trim(), m.Index));
                return new string('\n', m.Value.Count(c => c == '\n')); // keeps line structure and offsets close
            });
        }

        cancellationToken.ThrowIfCancellationRequested();
        var blocks = new TextBlockReader(markdown).Read(text);
        var pages = PageEstimator.Paginate(blocks);
        if (pages.Count > input.Options.MaxPages)
        {
            throw new IngestionException(IngestionErrorKind.TooManyPages, IngestionMessages.TooManyPages(input.FileName, pages.Count, input.Options.MaxPages));
        }

        return new ParserOutput
        {
            Pages = pages,
            Flags = hidden.Where(h => h.Text.Length > 0).Select(h => ToFlag(h, pages.Count)).ToList(),
            PageNumbersEstimated = true,
            Metadata = metadata with { PageCount = pages.Count },
        };
    }

    private static DocumentFlag ToFlag(HiddenSource hidden, int pageCount)
    {
        var page = Math.Min(PageEstimator.PageOf(hidden.Offset), pageCount);
        return new DocumentFlag(
            DocumentFlagKinds.HiddenText,
            page,
            $"Page {page} : un commentaire HTML, invisible une fois le Markdown affiché, a été retiré du texte évalué.",
            hidden.Text);
    }

    [GeneratedRegex(@"<!--(.*?)-->", RegexOptions.Singleline)]
    private static partial Regex HtmlComment();
}
