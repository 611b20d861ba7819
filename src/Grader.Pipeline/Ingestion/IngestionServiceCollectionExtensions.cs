using Grader.Pipeline.Ingestion.Text;
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

    /// <summary>The one list of format parsers: one line per format.</summary>
    private static void AddParsers(IServiceCollection services)
    {
        services.AddSingleton<IDocumentParser>(new TextDocumentParser(DocumentFormat.PlainText));
        services.AddSingleton<IDocumentParser>(new TextDocumentParser(DocumentFormat.Markdown));
    }
}
