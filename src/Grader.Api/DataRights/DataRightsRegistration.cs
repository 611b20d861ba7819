using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Grader.Api.DataRights;

/// <summary>The services behind the candidates' rights: export, erasure on request, erasure when retention ends.</summary>
internal static class DataRightsRegistration
{
    public static void AddDataRights(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<FileStoreLocation>();

        services.AddScoped<CandidateArchiveWriter>();
        services.AddScoped<ChunkIndexEraser>();
        services.AddScoped<StoredFileEraser>();
        services.AddScoped<CandidateRowsEraser>();
        services.AddScoped<CandidateErasure>();

        services.AddOptions<RetentionOptions>().BindConfiguration(RetentionOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<RetentionOptions>, RetentionOptionsValidator>();
        services.AddSingleton<RetentionPass>();
        services.AddHostedService<RetentionService>();
    }
}
