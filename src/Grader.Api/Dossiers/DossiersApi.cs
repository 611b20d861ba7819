using System.Security.Claims;
using Grader.Api.Common;
using Grader.Api.Identity;
using Grader.Api.Infrastructure;
using Grader.Api.Processing;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Grader.Api.Dossiers;

/// <summary>Upload a dossier, read it, follow its processing: <c>/api/sessions/{id}/dossiers</c> and <c>/api/dossiers</c>.</summary>
internal static class DossiersApi
{
    public static void AddDossiers(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<UploadOptions>().BindConfiguration(UploadOptions.SectionName);
        builder.Services.AddScoped<DossierUpload>();
        builder.Services.AddScoped<DossierReads>();
        builder.Services.AddSingleton<Preview.DocumentPreviewCache>();
    }

    public static IEndpointRouteBuilder MapDossiersApi(this IEndpointRouteBuilder app)
    {
        var sessions = app.MapGroup("/api/sessions/{sessionId:guid}/dossiers").WithTags("Dossiers").RequireAuthorization(GraderPolicies.SignedIn);
        sessions.MapPost("/", (Guid sessionId, HttpRequest request, ClaimsPrincipal caller, DossierUpload upload, CancellationToken ct) =>
                upload.HandleAsync(sessionId, request, caller, ct))
            .WithName("UploadDossier")
            .WithSummary("Dépose un dossier (multipart : files, epreuve, candidateId) et lance son traitement")
            .DisableAntiforgery()
            .RequireRateLimiting(GraderRateLimits.Upload);
        sessions.MapGet("/", async (Guid sessionId, int? page, int? pageSize, ClaimsPrincipal caller, DossierReads reads, CancellationToken ct) =>
                TypedResults.Ok(await reads.ListAsync(sessionId, new PageQuery(page, pageSize), caller, ct)))
            .WithName("ListDossiers")
            .WithSummary("Les dossiers de la session que le compte peut voir (paginé)");

        var dossiers = app.MapGroup("/api/dossiers/{dossierId:guid}").WithTags("Dossiers").RequireAuthorization(GraderPolicies.SignedIn);
        dossiers.MapGet("/", async (Guid dossierId, ClaimsPrincipal caller, DossierReads reads, CancellationToken ct) =>
                TypedResults.Ok(await reads.GetAsync(dossierId, caller, ct)))
            .WithName("GetDossier")
            .WithSummary("Un dossier : statut, épreuve, fichiers, dernier traitement");
        dossiers.MapGet("/processing", GetProcessingAsync)
            .WithName("GetProcessing")
            .WithSummary("L’avancement du traitement : état, étape, compétences évaluées, tentatives, motif d’échec");
        dossiers.MapGet("/processing/events", StreamProcessingAsync)
            .WithName("StreamProcessing")
            .WithSummary("L’avancement en événements serveur (text/event-stream), jusqu’à la fin du traitement");
        return app;
    }

    private static async Task<Results<Ok<ProcessingStatusDto>, NotFound>> GetProcessingAsync(
        Guid dossierId, ClaimsPrincipal caller, DossierReads reads, CancellationToken ct) =>
        await reads.ProcessingAsync(dossierId, caller, ct) is { } status ? TypedResults.Ok(status) : TypedResults.NotFound();

    private static async Task<ServerSentEventsResult<ProcessingStatusDto>> StreamProcessingAsync(
        Guid dossierId, ClaimsPrincipal caller, DossierReads reads, TimeProvider clock, CancellationToken ct)
    {
        var first = await reads.ProcessingAsync(dossierId, caller, ct);
        return TypedResults.ServerSentEvents(ProcessingEvents.StreamAsync(dossierId, first, reads, clock, ct));
    }
}
