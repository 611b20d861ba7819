using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Grader.Api.Infrastructure;

/// <summary>
/// OpenTelemetry traces and metrics under the service name <see cref="ServiceName"/>: ASP.NET Core, outgoing
/// HTTP (language-model and embedding providers), the .NET runtime, Npgsql and EF Core's own meters, and
/// <see cref="GraderTelemetry"/>. They are exported with OTLP only when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is
/// set (the other <c>OTEL_*</c> variables apply); otherwise nothing is exported and nothing is printed.
/// The EF Core instrumentation package is only published as a beta, so it is not used.
/// </summary>
internal static class TelemetryExtensions
{
    public const string ServiceName = "grader";
    public const string OtlpEndpointKey = "OTEL_EXPORTER_OTLP_ENDPOINT";

    public static void AddGraderTelemetry(this WebApplicationBuilder builder)
    {
        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(ServiceName, serviceVersion: typeof(TelemetryExtensions).Assembly.GetName().Version?.ToString()))
            .WithTracing(tracing => tracing
                .AddSource(GraderTelemetry.Name)
                .AddSource("Npgsql")
                .AddAspNetCoreInstrumentation(options => options.Filter = context => !IsProbe(context))
                .AddHttpClientInstrumentation())
            .WithMetrics(metrics => metrics
                .AddMeter(GraderTelemetry.Name)
                .AddMeter("Npgsql")
                .AddMeter("Microsoft.EntityFrameworkCore")
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation());

        if (!string.IsNullOrWhiteSpace(builder.Configuration[OtlpEndpointKey]))
        {
            telemetry.UseOtlpExporter();
        }
    }

    // Health probes every few seconds would drown the traces that matter.
    private static bool IsProbe(HttpContext context) => context.Request.Path.StartsWithSegments("/health");
}
