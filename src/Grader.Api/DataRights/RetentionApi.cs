using System.Security.Claims;
using Grader.Api.Access;
using Grader.Api.Audit;
using Grader.Api.Identity;
using Grader.Persistence;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Grader.Api.DataRights;

/// <summary>
/// <c>/api/retention</c>, for administrators: what the retention pass would erase now, session by session, and running
/// it at once rather than waiting for the periodic pass. The same <see cref="RetentionPass"/> does the work.
/// </summary>
internal static class RetentionApi
{
    public const string RunAction = "retention.run";

    public static IEndpointRouteBuilder MapRetentionApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/retention").WithTags("Droits sur les données").RequireAuthorization(GraderPolicies.Administrator);

        api.MapGet("/", PreviewAsync).WithName("RetentionPreview")
            .WithSummary("Par session : clôture, durée de conservation, date d’effacement et candidats à effacer maintenant");
        api.MapPost("/run", RunAsync).WithName("RunRetention")
            .WithSummary("Lance maintenant le passage de conservation (corps { \"confirmed\": true } obligatoire) et résume ce qui a été effacé");
        return app;
    }

    private static async Task<Ok<RetentionPreviewDto>> PreviewAsync(
        GraderDbContext db, TimeProvider clock, IOptions<RetentionOptions> options, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var sessions = await RetentionSchedule.SessionsAsync(db, now, ct);
        var due = await RetentionSchedule.DueCandidatesAsync(db, sessions, ct);
        var enrolled = await db.Enrolments.AsNoTracking().GroupBy(e => e.SessionId).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var dueBySession = due.Count == 0
            ? []
            : await db.Enrolments.AsNoTracking().Where(e => due.Contains(e.CandidateId)).GroupBy(e => e.SessionId)
                .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);

        var rows = sessions
            .OrderBy(s => s.ErasableFrom ?? DateTimeOffset.MaxValue).ThenBy(s => s.Name, StringComparer.CurrentCulture)
            .Select(s => new SessionRetentionDto(s.SessionId, s.Name, s.ClosesAt, s.RetentionDays, s.ErasableFrom, s.Expired,
                enrolled.GetValueOrDefault(s.SessionId), dueBySession.GetValueOrDefault(s.SessionId)))
            .ToList();
        return TypedResults.Ok(new RetentionPreviewDto(now, due.Count, options.Value.Enabled, (int)options.Value.Interval.TotalMinutes, rows));
    }

    private static async Task<Ok<RetentionRunSummary>> RunAsync(
        RunRetentionRequest request, ClaimsPrincipal caller, RetentionPass pass, IAuditTrail audit, CancellationToken ct)
    {
        if (request.Confirmed != true)
        {
            throw new DataRightsException("bad-retention-run",
                "Le passage de conservation efface des données pour de bon : confirmez-le avec { \"confirmed\": true }.");
        }

        // Recorded under the administrator's name: each erasure's own entry says who asked for it.
        var summary = RetentionRunSummary.Of(await pass.RunAsync(caller.UserId(), ct));
        await audit.AppendAsync(new AuditRecord(caller.UserId(), RunAction, "retention", "pass",
            After: new { summary.CandidatesErased, summary.CandidatesFailed, summary.Dossiers, summary.AccountsDeleted }), CancellationToken.None);
        return TypedResults.Ok(summary);
    }
}
