using System.Security.Claims;
using Grader.Api.Access;
using Grader.Api.Dossiers.Preview;
using Grader.Api.Identity;
using Grader.Api.Processing;
using Grader.Persistence;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Grader.Api.Dossiers;

/// <summary>
/// What the web application needs beside the dossier reads: a stored file of a dossier, shown inline in the juror's
/// viewer (<c>GET /api/dossiers/{id}/files/{fileId}</c>), its parsed pages for the formats a browser cannot draw
/// (<c>GET …/files/{fileId}/preview</c>), and the upload limits the candidate's page checks before
/// sending (<c>GET /api/uploads/limits</c>).
/// </summary>
internal static class DossierFilesApi
{
    /// <summary>The extensions of the formats the service reads; the server still decides from the bytes.</summary>
    public static readonly IReadOnlyList<string> AcceptedExtensions = [".pdf", ".docx", ".pptx", ".xlsx", ".md", ".txt"];

    public static IEndpointRouteBuilder MapDossierFilesApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/dossiers/{dossierId:guid}/files/{fileId:guid}", GetFileAsync)
            .RequireAuthorization(GraderPolicies.SignedIn)
            .WithTags("Dossiers")
            .WithName("GetDossierFile")
            .WithSummary("Un fichier déposé du dossier, tel quel, pour l’afficher (PDF dans la visionneuse du jury)");

        app.MapGet("/api/dossiers/{dossierId:guid}/files/{fileId:guid}/preview", FilePreviewEndpoint.GetAsync)
            .RequireAuthorization(GraderPolicies.SignedIn)
            .WithTags("Dossiers")
            .WithName("GetDossierFilePreview")
            .WithSummary("Les pages d’un fichier du dossier telles que le service les a lues (DOCX, PPTX, XLSX…), avec leurs numéros de page");

        app.MapGet("/api/uploads/limits", (IOptions<UploadOptions> options) =>
            {
                var limits = options.Value;
                return TypedResults.Ok(new UploadLimitsDto(limits.MaxFileBytes, limits.MaxFiles, limits.MaxRequestBytes, AcceptedExtensions));
            })
            .AllowAnonymous()
            .WithTags("Dossiers")
            .WithName("GetUploadLimits")
            .WithSummary("Les limites d’un dépôt (taille par fichier, nombre de fichiers, taille totale, formats acceptés)");

        return app;
    }

    private static async Task<Results<PhysicalFileHttpResult, NotFound>> GetFileAsync(
        Guid dossierId, Guid fileId, HttpContext context, ClaimsPrincipal caller, IResourceAccess access, GraderDbContext db,
        DossierFileStore store, CancellationToken ct)
    {
        var file = await StoredDossierFile.FindAsync(dossierId, fileId, caller, access, db, ct);
        var path = store.FullPathOf(file.StoragePath);
        if (!File.Exists(path))
        {
            // Erased (retention or the candidate's request) while its row was being read.
            throw new AccessDeniedException("Ce fichier");
        }

        var headers = context.Response.Headers;
        headers[HeaderNames.XContentTypeOptions] = "nosniff";
        headers[HeaderNames.ContentDisposition] = new ContentDispositionHeaderValue("inline") { FileNameStar = file.Name }.ToString();
        headers[HeaderNames.CacheControl] = "private, no-store";
        return TypedResults.PhysicalFile(path, ContentTypeOf(file.Format), enableRangeProcessing: true);
    }

    internal static string ContentTypeOf(string format) => format switch
    {
        "pdf" => "application/pdf",
        "docx" => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "pptx" => "application/vnd.openxmlformats-officedocument.presentationml.presentation",
        "xlsx" => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "md" => "text/markdown; charset=utf-8",
        "txt" => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
    };
}

/// <param name="AcceptedExtensions">Lower-case, with their dot.</param>
public sealed record UploadLimitsDto(long MaxFileBytes, int MaxFiles, long MaxRequestBytes, IReadOnlyList<string> AcceptedExtensions);
