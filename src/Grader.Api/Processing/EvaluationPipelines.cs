using Grader.Api.ModelProviders;
using Grader.Pipeline.Evaluation.Llm;
using Grader.Pipeline.Evaluation.Model;
using Grader.Pipeline.Evaluation.Orchestration;
using Grader.Pipeline.Indexing;
using Microsoft.Extensions.Options;

namespace Grader.Api.Processing;

/// <summary>
/// The evaluation service for a session's provider. The configured provider's is the one registered in the service,
/// as long as the administration stored no settings for it. Any other — another provider, or the configured one with
/// stored settings — gets its own, built from the same configuration with <c>Grader:Llm:Provider</c> changed and the
/// provider's effective endpoint, model and key (<see cref="ProviderSettingsResolver"/>), sharing the service's chunk
/// index (one index file, one writer). It is rebuilt when the stored settings' revision changes.
/// </summary>
public sealed class EvaluationPipelines(IServiceProvider services, IConfiguration configuration, ProviderSettingsResolver settings, IHostEnvironment environment) : IDisposable
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, Built> _current = new(StringComparer.Ordinal);
    // Replaced pipelines are not disposed at once: a job that started with one may still be using it. They go with the
    // service; an administrator changes settings rarely, so they are few.
    private readonly List<ServiceProvider> _retired = [];

    public async Task<PreAssessmentService> ForAsync(string? sessionProvider, CancellationToken cancellationToken)
    {
        var configured = settings.ConfiguredProvider;
        var wanted = string.IsNullOrWhiteSpace(sessionProvider) ? configured : Providers.Normalize(sessionProvider);
        var effective = await settings.ResolveAsync(wanted, cancellationToken);
        if (wanted == configured && effective.Revision is null)
        {
            return services.GetRequiredService<PreAssessmentService>();
        }

        lock (_gate)
        {
            if (_current.TryGetValue(wanted, out var built) && built.Revision == effective.Revision)
            {
                return built.Services.GetRequiredService<PreAssessmentService>();
            }

            // Built before the old one is retired: settings that fail validation leave the previous pipeline in place
            // for the next attempt, and are tried again (not cached as a failure) once corrected.
            var fresh = Build(effective);
            if (built is not null)
            {
                _retired.Add(built.Services);
            }

            _current[wanted] = new Built(effective.Revision, fresh);
            return fresh.GetRequiredService<PreAssessmentService>();
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            foreach (var provider in _current.Values.Select(b => b.Services).Concat(_retired))
            {
                provider.Dispose();
            }

            _current.Clear();
            _retired.Clear();
        }
    }

    private ServiceProvider Build(EffectiveProviderSettings effective)
    {
        var overridden = new ConfigurationBuilder()
            .AddConfiguration(configuration)
            .AddInMemoryCollection(new Dictionary<string, string?> { [$"{LlmOptions.SectionName}:{nameof(LlmOptions.Provider)}"] = effective.Provider })
            .Build();
        var collection = new ServiceCollection();
        collection.AddSingleton(services.GetRequiredService<ILoggerFactory>());
        collection.AddSingleton(typeof(ILogger<>), typeof(Logger<>));
        collection.AddSingleton(services.GetRequiredService<IChunkIndex>());
        collection.AddSingleton(services.GetRequiredService<DenseEncoder>());
        collection.AddGraderPipeline(overridden, environment.ContentRootPath);
        // Set on the options, not in a configuration source: the decrypted key stays out of any IConfiguration.
        collection.PostConfigure<LlmOptions>(o =>
        {
            o.Endpoint = effective.Options.Endpoint;
            o.Model = effective.Options.Model;
            o.ApiKey = effective.Options.ApiKey;
        });
        var built = collection.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
        try
        {
            // A session naming a provider whose settings are incomplete must fail here, with the validators' French messages.
            _ = built.GetRequiredService<IOptions<LlmOptions>>().Value;
        }
        catch
        {
            built.Dispose();
            throw;
        }

        return built;
    }

    private sealed record Built(long? Revision, ServiceProvider Services);
}
