using Grader.Pipeline.Ingestion.TextFiles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Grader.Pipeline.Ingestion;

/// <summary>
/// Registers the ingestion stage. The host binds <see cref="IngestionOptions"/> to the
/// <c>Grader:Ingestion</c> section and provides logging.
/// </summary>
public static class IngestionServiceCollectionExtensions
{
    public static IServiceCollection AddGraderIngestion(this IServiceCollection services)
    {
        services.AddOptions<IngestionOptions>().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<IngestionOptions>, IngestionOptionsValidator>());
        AddParsers(services);
        services.TryAddSingleton<DocumentIngestor>();
        return services;
    }

    /// <summary>
    /// The one list of format parsers, one line per parser; the ingestor picks the parser by its
    /// <see cref="IDocumentParser.Format"/> (the last registration of a format wins). Parsers that need an
    /// <c>ILogger&lt;T&gt;</c> or another service are registered by type, e.g.
    /// <c>services.AddSingleton&lt;IDocumentParser, DocxDocumentParser&gt;();</c>.
    /// </summary>
    private static void AddParsers(IServiceCollection services)
    {
        services.AddSingleton<IDocumentParser>(new TextDocumentParser(DocumentFormat.PlainText));
        services.AddSingleton<IDocumentParser>(new TextDocumentParser(DocumentFormat.Markdown));
        services.TryAddSingleton<Ocr.IOcrEngine, Ocr.TesseractOcrEngine>();
        services.AddSingleton<IDocumentParser, Pdf.PdfDocumentParser>();
        services.AddSingleton<IDocumentParser, OpenXml.Docx.DocxDocumentParser>();
        services.AddSingleton<IDocumentParser, OpenXml.Pptx.PptxDocumentParser>();
        services.AddSingleton<IDocumentParser, OpenXml.Xlsx.XlsxDocumentParser>();
    }
}
