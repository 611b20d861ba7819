using System.Collections.Concurrent;
using Grader.Pipeline.Evaluation.Llm;
using Grader.Pipeline.Evaluation.Model;
using Grader.Pipeline.Evaluation.Orchestration;
using Grader.Pipeline.Indexing;
using Microsoft.Extensions.Options;

namespace Grader.Api.Processing;

/// <summary>
/// The evaluation service for a session's provider. The configured provider's is the one registered in the service;
/// a session that names another gets its own, built once from the same configuration with only
/// <c>Grader:Llm:Provider</c> changed, and sharing the service's chunk index (one index file, one writer).
/// </summary>
public sealed class EvaluationPipelines(IServiceProvider services, IConfiguration configuration, IOptions<LlmOptions> llm, IHostEnvironment environment) : IDisposable
{
    private readonly ConcurrentDictionary<string, Lazy<ServiceProvider>> _others = new(StringComparer.Ordinal);

    public PreAssessmentService For(string? sessionProvider)
    {
        var configured = Providers.Normalize(llm.Value.Provider);
        var wanted = string.IsNullOrWhiteSpace(sessionProvider) ? configured : Providers.Normalize(sessionProvider);
        if (wanted == configured)
        {
            return services.GetRequiredService<PreAssessmentService>();
        }

        return _others.GetOrAdd(wanted, name => new Lazy<ServiceProvider>(() => Build(name))).Value.GetRequiredService<PreAssessmentService>();
    }

    public void Dispose()
    {
        foreach (var other in _others.Values.Where(o => o.IsValueCreated))
        {
            other.Value.Dispose();
        }
    }

    private ServiceProvider Build(string provider)
    {
        var overridden = new ConfigurationBuilder()
            .AddConfiguration(configuration)
            .AddInMemoryCollection(new Dictionary<string, string?> { [$"{LlmOptions.SectionName}:{nameof(LlmOptions.Provider)}"] = provider })
            .Build();
        var collection = new ServiceCollection();
        collection.AddSingleton(services.GetRequiredService<ILoggerFactory>());
        collection.AddSingleton(typeof(ILogger<>), typeof(Logger<>));
        collection.AddSingleton(services.GetRequiredService<IChunkIndex>());
        collection.AddSingleton(services.GetRequiredService<DenseEncoder>());
        collection.AddGraderPipeline(overridden, environment.ContentRootPath);
        var built = collection.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
        // A session naming a provider whose keys are missing must fail here, with the validators' French messages.
        _ = built.GetRequiredService<IOptions<LlmOptions>>().Value;
        return built;
    }
}
