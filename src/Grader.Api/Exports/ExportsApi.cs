using System.Security.Claims;
using Grader.Api.Access;
using Grader.Api.Feedback;
using Grader.Api.Identity;
using Grader.Api.Review;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Grader.Api.Exports;

/// <summary>Documents and files that leave the service: a dossier's final grid (DOCX) and a session's results (CSV).</summary>
public static class ExportsApi
{
    public const string CsvContentType = "text/csv; charset=utf-8";

    public static IEndpointRouteBuilder MapExportsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/dossiers/{dossierId:guid}/grid.docx", GetFinalGridAsync)
            .RequireAuthorization(GraderPolicies.Juror)
            .WithTags("Exports")
            .WithName("DownloadFinalGrid")
            .WithSummary("Grille finale d’un dossier au format Word");

        // Jurors and the pedagogical team read results (calibration); the session check restricts jurors to their sessions.
        app.MapGet("/api/sessions/{sessionId:guid}/results.csv", GetResultsAsync)
            .RequireAuthorization(GraderPolicies.FeedbackEditor)
            .WithTags("Exports")
            .WithName("DownloadSessionResults")
            .WithSummary("Résultats d’une session (CSV pour Excel) : un dossier et une compétence par ligne, identifiants pseudonymes");

        return app;
    }

    private static async Task<Results<FileContentHttpResult, Conflict<ProblemDetails>>> GetFinalGridAsync(
        Guid dossierId, ClaimsPrincipal user, [FromServices] IResourceAccess access, [FromServices] FinalGridReportBuilder builder, CancellationToken cancellationToken)
    {
        await access.EnsureCanReadDossierAsync(user, dossierId, cancellationToken);
        var outcome = await builder.BuildAsync(dossierId, cancellationToken);
        if (outcome.Problem is { } problem)
        {
            return TypedResults.Conflict(problem.ToProblemDetails());
        }

        var report = outcome.Value!;
        return TypedResults.File(
            FinalGridDocxWriter.Write(report), FeedbackApi.DocxContentType, $"grille-{report.EpreuveSourceCode}-{report.CandidatePseudonymousId}.docx");
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> GetResultsAsync(
        Guid sessionId, ClaimsPrincipal user, [FromServices] IResourceAccess access, [FromServices] SessionResults results,
        CancellationToken cancellationToken, bool identities = false)
    {
        await access.EnsureCanReadSessionAsync(user, sessionId, cancellationToken);
        if (identities && !user.IsAdministrator())
        {
            return TypedResults.Problem(
                detail: "Seul un administrateur peut exporter les noms des candidats ; l’export standard utilise leurs identifiants pseudonymes.",
                statusCode: StatusCodes.Status403Forbidden,
                title: "Accès refusé",
                extensions: new Dictionary<string, object?> { ["code"] = "identities-forbidden" });
        }

        var bytes = await results.WriteCsvAsync(sessionId, identities, cancellationToken);
        return TypedResults.File(bytes, CsvContentType, $"resultats-session-{sessionId:N}.csv");
    }
}
