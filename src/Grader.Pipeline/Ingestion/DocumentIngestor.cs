using Grader.Pipeline.Ingestion.Detection;
using Grader.Pipeline.Ingestion.Safety;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Grader.Pipeline.Ingestion;

/// <summary>
/// The entry point of the ingestion stage: checks the size, detects the format from the content, then
/// guards Office packages and runs the format's parser under a time limit, and post-processes the result. Everything
/// a user can get wrong ends as an <see cref="IngestionException"/> with a French message.
/// </summary>
public sealed class DocumentIngestor
{
    private readonly Dictionary<DocumentFormat, IDocumentParser> _parsers;
    private readonly IngestionOptions _options;
    private readonly FormatDetector _detector = new();
    private readonly OfficePackageGuard _packageGuard;
    private readonly TimeLimitedParserRunner _runner;
    private readonly DocumentPostProcessor _postProcessor = new();

    public DocumentIngestor(IEnumerable<IDocumentParser> parsers, IOptions<IngestionOptions> options, ILogger<DocumentIngestor> logger)
    {
        // The last registration of a format wins, so a host can replace a parser by adding its own.
        _parsers = parsers.GroupBy(p => p.Format).ToDictionary(g => g.Key, g => g.Last());
        _options = options.Value;
        _packageGuard = new OfficePackageGuard(_options);
        _runner = new TimeLimitedParserRunner(logger);
    }

    /// <summary>Reads and ingests the file at <paramref name="path"/>, checking its size before loading it.</summary>
    public ParsedDocument Ingest(string path, CancellationToken cancellationToken)
    {
        var file = new FileInfo(path);
        if (!file.Exists)
        {
            throw new IngestionException(IngestionErrorKind.FileNotFound, IngestionMessages.FileNotFound(path));
        }

        CheckSize(file.Name, file.Length);
        byte[] content;
        try
        {
            content = File.ReadAllBytes(file.FullName);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new IngestionException(IngestionErrorKind.FileNotFound, IngestionMessages.Unreadable(path), ex);
        }

        return Ingest(file.Name, content, cancellationToken);
    }

    public ParsedDocument Ingest(string fileName, byte[] content, CancellationToken cancellationToken)
    {
        var name = Path.GetFileName(fileName);
        CheckSize(name, content.LongLength);
        var format = _detector.Detect(name, content);
        if (!_parsers.TryGetValue(format, out var parser))
        {
            throw new IngestionException(IngestionErrorKind.UnsupportedFormat, IngestionMessages.NoParser(name, format));
        }

        // The package checks decompress and read XML: they run under the same time limit as the parser.
        var isPackage = format is DocumentFormat.Docx or DocumentFormat.Pptx or DocumentFormat.Xlsx;
        var input = new ParserInput(name, content, _options);
        var output = _runner.Run(
            parser,
            name,
            limit =>
            {
                if (isPackage)
                {
                    _packageGuard.Check(name, content, limit);
                }

                return parser.Parse(input, limit);
            },
            _options.ParseTimeout,
            cancellationToken);
        if (output.Pages.Count > _options.MaxPages)
        {
            throw new IngestionException(IngestionErrorKind.TooManyPages, IngestionMessages.TooManyPages(name, output.Pages.Count, _options.MaxPages));
        }

        return _postProcessor.Process(name, format, content, output);
    }

    private void CheckSize(string fileName, long size)
    {
        if (size > _options.MaxFileBytes)
        {
            throw new IngestionException(IngestionErrorKind.TooLarge, IngestionMessages.TooLarge(fileName, size, _options.MaxFileBytes));
        }
    }
}
