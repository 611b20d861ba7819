using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Grader.Api.Infrastructure.Health;

/// <summary>
/// The JSON body of the health endpoints: the overall status, a French sentence, and each check with its status
/// and French description. Exception details stay in the logs.
/// </summary>
internal static class HealthReportWriter
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        // Accented French stays readable in the body (it is still valid, UTF-8 encoded JSON).
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        var body = new
        {
            status = Token(report.Status),
            description = Describe(report.Status),
            durationMs = Math.Round(report.TotalDuration.TotalMilliseconds, 1),
            checks = report.Entries.Select(entry => new
            {
                name = entry.Key,
                status = Token(entry.Value.Status),
                description = DescriptionOf(entry.Key, entry.Value),
                durationMs = Math.Round(entry.Value.Duration.TotalMilliseconds, 1),
            }),
        };
        return context.Response.WriteAsync(JsonSerializer.Serialize(body, Json), context.RequestAborted);
    }

    // A check that throws gets the exception's message as description: English, and it may name a server.
    private static string DescriptionOf(string name, HealthReportEntry entry) =>
        entry.Description is { Length: > 0 } description && (entry.Exception is null || description != entry.Exception.Message)
            ? description
            : HealthExtensions.DefaultDescription(name, entry.Status) ?? Describe(entry.Status);

    public static string Token(HealthStatus status) => status switch
    {
        HealthStatus.Healthy => "healthy",
        HealthStatus.Degraded => "degraded",
        _ => "unhealthy",
    };

    private static string Describe(HealthStatus status) => status switch
    {
        HealthStatus.Healthy => "Le service fonctionne normalement.",
        HealthStatus.Degraded => "Le service fonctionne en mode dégradé.",
        _ => "Le service n’est pas prêt.",
    };
}
