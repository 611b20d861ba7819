using System.Security.Claims;
using Grader.Api.Access;
using Grader.Api.Audit;
using Grader.Api.Common;
using Grader.Api.Identity;
using Grader.Api.Review;
using Grader.Persistence;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Grader.Api.Sessions;

/// <summary>
/// The administration's side of <c>/api/sessions</c>: the overview with counts, changing a session's settings, and
/// taking a member off a jury. Administrators only.
/// </summary>
internal static class SessionAdministrationApi
{
    public const string MemberRemovedAction = "jury.member-removed";

    public static RouteGroupBuilder MapSessionAdministration(this RouteGroupBuilder api)
    {
        api.MapGet("/overview", OverviewAsync).RequireAuthorization(GraderPolicies.Administrator)
            .WithName("SessionsOverview").WithSummary("Les sessions avec leurs nombres de jurys, de candidats et de dossiers (paginé)");
        api.MapPut("/{sessionId:guid}", UpdateAsync).RequireAuthorization(GraderPolicies.Administrator)
            .WithName("UpdateSession")
            .WithSummary("Modifie les réglages d’une session : nom, clôture, conservation, relecture à l’aveugle, diffusion, mode, épreuves");
        api.MapDelete("/{sessionId:guid}/juries/{juryId:guid}/members/{userId}", RemoveMemberAsync).RequireAuthorization(GraderPolicies.Administrator)
            .WithName("RemoveJuryMember").WithSummary("Retire un membre d’un jury");
        return api;
    }

    private static async Task<Ok<Page<SessionSummaryDto>>> OverviewAsync(int? page, int? pageSize, GraderDbContext db, CancellationToken ct)
    {
        var sessions = await new PageQuery(page, pageSize).ApplyAsync(db.Sessions.AsNoTracking().OrderByDescending(s => s.CreatedAt).ThenBy(s => s.Id), ct);
        var ids = sessions.Items.Select(s => s.Id).ToList();
        var juries = await db.Juries.Where(j => ids.Contains(j.SessionId)).GroupBy(j => j.SessionId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var candidates = await db.Enrolments.Where(e => ids.Contains(e.SessionId)).GroupBy(e => e.SessionId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var dossiers = await db.Dossiers.Where(d => ids.Contains(d.SessionId)).GroupBy(d => d.SessionId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var items = sessions.Items
            .Select(s => new SessionSummaryDto(SessionDto.From(s), juries.GetValueOrDefault(s.Id), candidates.GetValueOrDefault(s.Id), dossiers.GetValueOrDefault(s.Id)))
            .ToList();
        return TypedResults.Ok(new Page<SessionSummaryDto>(items, sessions.PageNumber, sessions.PageSize, sessions.Total));
    }

    private static async Task<Results<Ok<SessionDto>, BadRequest<ProblemDetails>, Conflict<ProblemDetails>>> UpdateAsync(
        Guid sessionId, UpdateSessionRequest request, ClaimsPrincipal caller, SessionSettingsEditor editor, CancellationToken ct) =>
        (await editor.UpdateAsync(sessionId, request, caller.UserId(), ct)).ToHttpResult();

    private static async Task<Ok<JuryDto>> RemoveMemberAsync(
        Guid sessionId, Guid juryId, string userId, ClaimsPrincipal caller, GraderDbContext db, IAuditTrail audit, CancellationToken ct)
    {
        var jury = await db.Juries.Include(j => j.Members).SingleOrDefaultAsync(j => j.Id == juryId && j.SessionId == sessionId, ct)
            ?? throw new SessionException("jury-not-found", "Ce jury est introuvable dans cette session.");
        var member = jury.Members.SingleOrDefault(m => m.UserId == userId)
            ?? throw new SessionException("member-not-found", "Ce compte ne siège pas dans ce jury.");

        // The member's past decisions stay (they are the jury's record); only the seat, and with it the access, goes.
        jury.Members.Remove(member);
        db.JuryMembers.Remove(member);
        await db.SaveChangesAsync(ct);
        await audit.AppendAsync(new AuditRecord(caller.UserId(), MemberRemovedAction, "jury", jury.Id.ToString(), sessionId,
            Before: new { member.UserId, member.Role }), ct);
        return TypedResults.Ok(SessionsApi.ToDto(jury));
    }
}
