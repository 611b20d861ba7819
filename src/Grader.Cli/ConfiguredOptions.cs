using Grader.Pipeline.Embeddings;
using Grader.Pipeline.Indexing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Grader.Cli;

/// <summary>
/// Reads validated options before a verb starts working, so that a wrong setting ends with the validators'
/// French sentences and exit code 2 instead of an internal error deep inside the pipeline.
/// </summary>
internal static class ConfiguredOptions
{
    public static T Read<T>(IServiceProvider services)
        where T : class
    {
        try
        {
            return services.GetRequiredService<IOptions<T>>().Value;
        }
        catch (OptionsValidationException ex)
        {
            throw new ConfigurationProblemException("Configuration invalide : " + string.Join(" ", ex.Failures), ex);
        }
    }

    /// <summary>Validates the index and embeddings sections together: the index needs both.</summary>
    public static IndexOptions ReadIndex(IServiceProvider services)
    {
        Read<EmbeddingOptions>(services);
        return Read<IndexOptions>(services);
    }
}
