using Grader.Pipeline.Chunking;
using Grader.Pipeline.Evaluation.Orchestration;
using Grader.Pipeline.Indexing;
using Grader.Pipeline.Ingestion;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Grader.Cli;

/// <summary>
/// Builds the pipeline services a verb needs, from <c>appsettings.json</c> beside the executable and
/// environment variables (<c>Grader__Ingestion__ParseTimeout</c>, <c>Grader__Index__DataDirectory</c>...). The stages register their own parts.
/// </summary>
internal static class PipelineFactory
{
    /// <param name="overrides">Settings a verb's options override (e.g. <c>--provider</c> → <c>Grader:Llm:Provider</c>); they win over files and environment.</param>
    /// <param name="configure">Extra registrations, made before the stages' own (e.g. calibration's evidence observer).</param>
    public static ServiceProvider Build(IReadOnlyDictionary<string, string?>? overrides = null, Action<IServiceCollection>? configure = null)
    {
        var configuration = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
            .AddEnvironmentVariables()
            .AddInMemoryCollection(overrides ?? new Dictionary<string, string?>())
            .Build();

        var services = new ServiceCollection();
        configure?.Invoke(services);
        services.AddLogging(logging => logging
            // Quiet unless configured (Logging__LogLevel__Default=Warning): the user already gets a French
            // message, technical detail on the terminal would only bury it.
            .SetMinimumLevel(LogLevel.Critical)
            .AddConfiguration(configuration.GetSection("Logging"))
            .AddConsole(console => console.LogToStandardErrorThreshold = LogLevel.Trace));
        services.Configure<IngestionOptions>(configuration.GetSection(IngestionOptions.SectionName));
        services.Configure<ChunkingOptions>(configuration.GetSection(ChunkingOptions.SectionName));
        services.AddGraderIngestion();
        services.AddGraderChunking();

        // Index and embeddings (Grader:Index, Grader:Embeddings); the index file lives under Grader:Index:DataDirectory,
        // "data" in the current directory unless configured (Grader__Index__DataDirectory).
        services.AddGraderIndexing(configuration);

        // Evaluation (Grader:Evaluation, Grader:Llm): offline evaluators or the configured model provider.
        services.AddGraderEvaluation(configuration);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }
}
