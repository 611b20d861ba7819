using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Grader.Pipeline.Chunking;

/// <summary>Registers the chunking stage; the host binds <see cref="ChunkingOptions"/> to <c>Grader:Chunking</c>.</summary>
public static class ChunkingServiceCollectionExtensions
{
    public static IServiceCollection AddGraderChunking(this IServiceCollection services)
    {
        services.AddOptions<ChunkingOptions>().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ChunkingOptions>, ChunkingOptionsValidator>());
        services.TryAddSingleton<StructureAwareChunker>();
        return services;
    }
}
