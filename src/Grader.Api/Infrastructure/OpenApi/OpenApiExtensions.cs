using Grader.Api.Infrastructure.OpenApi;
using Scalar.AspNetCore;

namespace Grader.Api.Infrastructure;

/// <summary>
/// The OpenAPI document at <c>/openapi/v1.json</c> and an interactive reference at <c>/api/reference</c>
/// (Scalar). The reference page loads its script from the package itself, not from a CDN, and asks for no web
/// fonts and sends no telemetry, so it works on a network without Internet access. Both are anonymous.
/// </summary>
internal static class OpenApiExtensions
{
    public const string DocumentName = "v1";
    public const string ReferencePath = "/api/reference";

    public static void AddGraderOpenApi(this WebApplicationBuilder builder) =>
        builder.Services.AddOpenApi(DocumentName, options =>
        {
            options.AddDocumentTransformer<GraderDocumentTransformer>();
            options.AddOperationTransformer<BearerRequirementTransformer>();
        });

    public static IEndpointRouteBuilder MapGraderOpenApi(this IEndpointRouteBuilder app)
    {
        app.MapOpenApi().AllowAnonymous();
        app.MapScalarApiReference(ReferencePath, options => options
                .WithTitle("Grader — référence de l’API")
                .AddDocument(DocumentName)
                .DisableDefaultFonts()
                .DisableTelemetry())
            .AllowAnonymous();
        return app;
    }
}
