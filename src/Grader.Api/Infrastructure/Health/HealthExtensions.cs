using Grader.Api.Infrastructure.Health;
using Grader.Persistence;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Grader.Api.Infrastructure;

/// <summary>
/// <c>/health/live</c>: the process answers, no dependency is checked (and <c>/health</c>, its alias).
/// <c>/health/ready</c>: the database, the chunk index and the language-model provider; 503 when one is unhealthy,
/// 200 when all are healthy or degraded. Both are anonymous, never rate-limited, and answer JSON.
/// </summary>
internal static class HealthExtensions
{
    public const string ReadyTag = "ready";
    public const string DatabaseCheck = "database";
    public static readonly TimeSpan CheckTimeout = TimeSpan.FromSeconds(5);

    public static void AddGraderHealth(this WebApplicationBuilder builder)
    {
        builder.Services.AddHttpClient(LanguageModelHealthCheck.HttpClientName, client => client.Timeout = LanguageModelHealthCheck.ProbeTimeout);
        builder.Services.AddHealthChecks()
            .AddDbContextCheck<GraderDbContext>(DatabaseCheck, HealthStatus.Unhealthy, [ReadyTag])
            .AddCheck<ChunkIndexHealthCheck>("index", HealthStatus.Unhealthy, [ReadyTag], CheckTimeout)
            .AddCheck<LanguageModelHealthCheck>("llm", HealthStatus.Degraded, [ReadyTag], CheckTimeout);

        // The EF Core check takes no timeout of its own; an unreachable server must not hold the probe for long.
        builder.Services.Configure<HealthCheckServiceOptions>(options =>
        {
            foreach (var registration in options.Registrations.Where(r => r.Name == DatabaseCheck))
            {
                registration.Timeout = CheckTimeout;
            }
        });
    }

    /// <summary>French description for checks that give none (the EF Core check), by name and status.</summary>
    public static string? DefaultDescription(string name, HealthStatus status) => name switch
    {
        DatabaseCheck when status == HealthStatus.Healthy => "Base de données joignable.",
        DatabaseCheck => "Base de données injoignable ou en erreur (voir Grader:Database et les journaux).",
        _ => null,
    };

    public static IEndpointRouteBuilder MapGraderHealth(this IEndpointRouteBuilder app)
    {
        var live = new HealthCheckOptions { Predicate = _ => false, ResponseWriter = HealthReportWriter.WriteAsync };
        var ready = new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains(ReadyTag),
            ResponseWriter = HealthReportWriter.WriteAsync,
            ResultStatusCodes =
            {
                [HealthStatus.Healthy] = StatusCodes.Status200OK,
                [HealthStatus.Degraded] = StatusCodes.Status200OK,
                [HealthStatus.Unhealthy] = StatusCodes.Status503ServiceUnavailable,
            },
        };

        Anonymous(app.MapHealthChecks("/health/live", live)).WithDisplayName("Health: live");
        Anonymous(app.MapHealthChecks("/health", live)).WithDisplayName("Health: live (alias)");
        Anonymous(app.MapHealthChecks("/health/ready", ready)).WithDisplayName("Health: ready");
        return app;
    }

    private static IEndpointConventionBuilder Anonymous(IEndpointConventionBuilder endpoint) =>
        endpoint.AllowAnonymous().DisableRateLimiting();
}
