using System.Security.Claims;
using System.Text.Json;
using Grader.Api.Access;
using Grader.Api.Audit;
using Grader.Api.Identity;
using Grader.Persistence;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Grader.Api.DataRights;

/// <summary>
/// <c>/api/candidates/{id}</c>: a candidate's rights over their data — the export (right of access), for the candidate
/// themself or an administrator, and the erasure, for administrators only.
/// </summary>
internal static class DataRightsApi
{
    public const string ExportedAction = "candidate.exported";

    public static IEndpointRouteBuilder MapDataRightsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/candidates").WithTags("Droits sur les données");

        api.MapGet("/{candidateId:guid}/export", ExportAsync)
            .RequireAuthorization(p => p.RequireRole(GraderRoles.Administrator, GraderRoles.Candidate))
            .WithName("ExportCandidate")
            .WithSummary("Archive ZIP de toutes les données d’un candidat (droit d’accès) : le candidat lui-même ou un administrateur");
        api.MapDelete("/{candidateId:guid}", EraseAsync)
            .RequireAuthorization(GraderPolicies.Administrator)
            .WithName("EraseCandidate")
            .WithSummary("Efface toutes les données d’un candidat, motif obligatoire (?reason=… ou corps { \"reason\": … })");
        app.MapRetentionApi();
        return app;
    }

    private static async Task<PushStreamHttpResult> ExportAsync(
        Guid candidateId, ClaimsPrincipal caller, IResourceAccess access, GraderDbContext db, CandidateArchiveWriter archive, IAuditTrail audit,
        HttpContext http, CancellationToken ct)
    {
        // A candidate reaches their own record only; anyone else's answers as if it did not exist.
        if (!caller.IsAdministrator() && await access.CandidateIdOfAsync(caller, ct) != candidateId)
        {
            throw new AccessDeniedException("Le candidat");
        }

        var pseudonym = await db.Candidates.AsNoTracking().Where(c => c.Id == candidateId).Select(c => c.PseudonymousId).FirstOrDefaultAsync(ct)
            ?? throw new AccessDeniedException("Le candidat");

        // Recorded before the first byte leaves: an export cut short has still handed data out.
        await audit.AppendAsync(new AuditRecord(caller.UserId(), ExportedAction, "candidate", candidateId.ToString(), CandidateId: candidateId), ct);
        // The .NET 10 ZIP writer is asynchronous except when it closes an entry: its deflate stream flushes the last
        // block synchronously. Allowing that for this response only keeps the archive streamed (no buffering of the
        // whole export, in memory or on disk); the cost is a thread held during those few writes.
        var bodyControl = http.Features.Get<IHttpBodyControlFeature>();
        if (bodyControl is not null)
        {
            bodyControl.AllowSynchronousIO = true;
        }

        return TypedResults.Stream(
            body => archive.WriteAsync(candidateId, body, http.RequestAborted), "application/zip", $"donnees-{pseudonym}.zip");
    }

    private static async Task<Ok<ErasureSummary>> EraseAsync(
        Guid candidateId, string? reason, ClaimsPrincipal caller, HttpRequest request, CandidateErasure erasure, CancellationToken ct)
    {
        var why = reason ?? await ReasonFromBodyAsync(request, ct);
        return TypedResults.Ok(await erasure.EraseAsync(candidateId, caller.UserId(), why, ct));
    }

    private static async Task<string?> ReasonFromBodyAsync(HttpRequest request, CancellationToken ct)
    {
        if (!request.HasJsonContentType())
        {
            return null;
        }

        try
        {
            return (await request.ReadFromJsonAsync<EraseRequest>(ct))?.Reason;
        }
        catch (JsonException)
        {
            throw new DataRightsException("bad-erasure", "Le corps de la requête n’est pas un JSON valide ; attendu : { \"reason\": \"…\" }.");
        }
    }
}

/// <summary>The body form of an erasure request.</summary>
public sealed record EraseRequest(string? Reason);
