using System.Security.Claims;
using Grader.Api.Access;
using Grader.Api.Processing;
using Grader.Persistence;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;

namespace Grader.Api.Dossiers.Preview;

/// <summary>
/// <c>GET /api/dossiers/{id}/files/{fileId}/preview</c>: the file's pages as the pipeline parsed them, for the juror's
/// viewer of DOCX, PPTX and XLSX files. Same readers as the file itself; a file the parser refuses is a 422 in French.
/// </summary>
internal static class FilePreviewEndpoint
{
    public static async Task<Results<Ok<DocumentPreviewDto>, ProblemHttpResult>> GetAsync(
        Guid dossierId, Guid fileId, HttpContext context, ClaimsPrincipal caller, IResourceAccess access, GraderDbContext db,
        DossierFileStore store, DocumentPreviewCache previews, CancellationToken ct)
    {
        var file = await StoredDossierFile.FindAsync(dossierId, fileId, caller, access, db, ct);
        var source = new PreviewSource(file.Id, file.Name, file.Format, file.Sha256, store.FullPathOf(file.StoragePath));
        var outcome = await previews.GetAsync(source, ct);
        if (outcome.Preview is { } preview)
        {
            // The dossier's content: never kept by a shared cache or the browser's disk.
            context.Response.Headers[HeaderNames.CacheControl] = "private, no-store";
            return TypedResults.Ok(preview);
        }

        var problem = new ProblemDetails
        {
            Status = StatusCodes.Status422UnprocessableEntity,
            Title = PreviewMessages.Title,
            Detail = outcome.Detail,
            Type = $"https://grader.local/problems/{outcome.Code}",
        };
        problem.Extensions["code"] = outcome.Code;
        return TypedResults.Problem(problem);
    }
}
