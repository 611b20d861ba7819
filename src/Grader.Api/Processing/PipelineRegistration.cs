using Grader.Pipeline.Chunking;
using Grader.Pipeline.Evaluation.Orchestration;
using Grader.Pipeline.Indexing;
using Grader.Pipeline.Ingestion;

namespace Grader.Api.Processing;

/// <summary>
/// The pipeline (ingestion, chunking, indexing, evaluation) registered from the service's configuration, as the CLI's
/// PipelineFactory does, except that a relative index folder starts at the content root: the service's <c>data/</c>.
/// </summary>
internal static class PipelineRegistration
{
    public static void AddGraderPipeline(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        services.Configure<IngestionOptions>(configuration.GetSection(IngestionOptions.SectionName));
        services.Configure<ChunkingOptions>(configuration.GetSection(ChunkingOptions.SectionName));
        services.AddGraderIngestion();
        services.AddGraderChunking();
        services.AddGraderIndexing(configuration);
        services.AddGraderEvaluation(configuration);

        // Relative to the working directory in the pipeline; a service may be started from anywhere.
        services.PostConfigure<IndexOptions>(o => o.DataDirectory = Path.GetFullPath(o.DataDirectory, contentRoot));
    }
}
