using Grader.Persistence;
using Hangfire;
using Hangfire.AspNetCore;
using Microsoft.Extensions.Options;

namespace Grader.Api.Processing;

/// <summary>Everything behind an upload: the pipeline, the file store, and durable background processing with Hangfire.</summary>
internal static class ProcessingExtensions
{
    public static void AddGraderProcessing(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var contentRoot = builder.Environment.ContentRootPath;
        services.AddGraderPipeline(builder.Configuration, contentRoot);
        services.AddSingleton<EvaluationPipelines>();
        services.TryAddTimeProvider();

        services.AddOptions<StorageOptions>().BindConfiguration(StorageOptions.SectionName);
        services.AddSingleton<DossierFileStore>();

        services.AddOptions<JobsOptions>().BindConfiguration(JobsOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<JobsOptions>, JobsOptionsValidator>();
        services.AddSingleton<DossierProcessor>();
        services.AddScoped<ProcessDossierJob>();
        services.AddScoped<ProcessingQueue>();

        // Storage and activator are this host's own, not Hangfire's static ones: two hosts in one process (tests)
        // must not run each other's jobs.
        services.AddSingleton<JobStorage>(sp => JobStorageFactory.Create(
            sp.GetRequiredService<IOptions<DatabaseOptions>>().Value, sp.GetRequiredService<IOptions<JobsOptions>>().Value, contentRoot));
        services.AddSingleton<JobActivator>(sp => new AspNetCoreJobActivator(sp.GetRequiredService<IServiceScopeFactory>()));
        services.AddHangfire(configuration => configuration
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings());
        services.AddHangfireServer((sp, server) =>
        {
            var jobs = sp.GetRequiredService<IOptions<JobsOptions>>().Value;
            server.WorkerCount = jobs.Workers;
            server.SchedulePollingInterval = jobs.PollInterval;
            server.ServerName = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}";
        });
        services.AddHostedService<UnqueuedJobsRecovery>();
    }

    private static void TryAddTimeProvider(this IServiceCollection services) =>
        Microsoft.Extensions.DependencyInjection.Extensions.ServiceCollectionDescriptorExtensions.TryAddSingleton(services, TimeProvider.System);
}
