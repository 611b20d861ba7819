namespace Grader.Api.Infrastructure;

internal static class HealthApi
{
    public static IEndpointRouteBuilder MapHealthApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/health", () => TypedResults.Ok(new { status = "ok" }))
            .WithName("Health")
            .WithSummary("État du service");
        return app;
    }
}
