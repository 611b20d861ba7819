using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Grader.Pipeline.Ingestion.Safety;

namespace Grader.Pipeline.Ingestion;

/// <summary>
/// Turns a parser's output into the <see cref="ParsedDocument"/> later stages trust, whatever the format:
/// invisible characters out and flagged, injection attempts flagged and taken out of the evaluated text,
/// metadata text flagged, statistics filled.
/// </summary>
internal sealed partial class DocumentPostProcessor
{
    private readonly InvisibleCharacterFilter _invisibleFilter = new();
    private readonly PromptInjectionDetector _injectionDetector = new();
    private readonly InjectionSentenceRemover _injectionRemover;
    private readonly MetadataScanner _metadataScanner;
    private readonly LanguageDetector _languageDetector = new();

    public DocumentPostProcessor()
    {
        _metadataScanner = new MetadataScanner(_injectionDetector);
        _injectionRemover = new InjectionSentenceRemover(_injectionDetector);
    }

    public ParsedDocument Process(string fileName, DocumentFormat format, byte[] content, ParserOutput output)
    {
        var filtered = _invisibleFilter.Apply(output.Pages);
        var hiddenFlags = output.Flags.Concat(filtered.Flags).ToList();
        var flags = hiddenFlags
            .Concat(_injectionDetector.Scan(filtered.Pages, hiddenFlags))
            .Concat(_metadataScanner.Scan(output.Metadata))
            .OrderBy(f => f.Page ?? int.MaxValue) // stable: keeps the order of the steps within a page
            .ToList();

        var pages = _injectionRemover.Apply(filtered.Pages);
        var evaluated = EvaluatedText.From(pages);
        if (string.IsNullOrWhiteSpace(evaluated.Text) && !pages.Any(p => p.Ocr) && flags.Count == 0)
        {
            // Without text, OCR or any warning (an unreadable scan, hidden text only) there is nothing for the
            // jury to look at: an empty file uploaded by mistake. With a warning, the jury must see the document.
            throw new IngestionException(IngestionErrorKind.Empty, IngestionMessages.Empty(fileName));
        }

        var metadata = output.Metadata with
        {
            PageCount = output.Metadata.PageCount > 0 ? output.Metadata.PageCount : pages.Count,
            WordCount = Words().Count(evaluated.Text),
            Language = _languageDetector.Detect(evaluated.Text),
        };

        return new ParsedDocument
        {
            FileName = fileName,
            Format = format,
            Metadata = metadata,
            Pages = pages,
            Flags = flags,
            PageNumbersEstimated = output.PageNumbersEstimated,
            ContentHash = Convert.ToHexStringLower(SHA256.HashData(content)),
        };
    }

    [GeneratedRegex(@"[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*")]
    private static partial Regex Words();
}
