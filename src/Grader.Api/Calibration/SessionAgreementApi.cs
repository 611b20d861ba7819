using System.Security.Claims;
using Grader.Api.Access;
using Grader.Api.Exports;
using Grader.Api.Identity;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Grader.Api.Calibration;

/// <summary>
/// Agreement of a session's AI proposals with its juries' final decisions, for the pedagogical team:
/// <c>/api/sessions/{id}/agreement</c> (JSON) and <c>/api/sessions/{id}/agreement.csv</c> (Excel).
/// </summary>
public static class SessionAgreementApi
{
    public static void AddSessionAgreement(this WebApplicationBuilder builder) => builder.Services.AddScoped<SessionAgreementBuilder>();

    public static IEndpointRouteBuilder MapSessionAgreementApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/sessions/{sessionId:guid}").WithTags("Calibration").RequireAuthorization(GraderPolicies.Pedagogy);

        api.MapGet("/agreement", GetAsync)
            .WithName("GetSessionAgreement")
            .WithSummary("Accord entre les propositions de l’IA et les décisions finales du jury : par compétence, par juré, revue à l’aveugle, désaccords");

        api.MapGet("/agreement.csv", GetCsvAsync)
            .WithName("DownloadSessionAgreement")
            .WithSummary("Accord IA / jury d’une session (CSV pour Excel) : indicateurs puis liste des désaccords");

        return app;
    }

    private static async Task<Ok<SessionAgreementDto>> GetAsync(
        Guid sessionId, ClaimsPrincipal user, [FromServices] IResourceAccess access, [FromServices] SessionAgreementBuilder builder, CancellationToken cancellationToken)
    {
        await access.EnsureCanReadSessionAsync(user, sessionId, cancellationToken);
        return TypedResults.Ok(await builder.BuildAsync(sessionId, cancellationToken));
    }

    private static async Task<FileContentHttpResult> GetCsvAsync(
        Guid sessionId, ClaimsPrincipal user, [FromServices] IResourceAccess access, [FromServices] SessionAgreementBuilder builder, CancellationToken cancellationToken)
    {
        await access.EnsureCanReadSessionAsync(user, sessionId, cancellationToken);
        var agreement = await builder.BuildAsync(sessionId, cancellationToken);
        return TypedResults.File(SessionAgreementCsv.Write(agreement), ExportsApi.CsvContentType, $"accord-ia-jury-session-{sessionId:N}.csv");
    }
}
