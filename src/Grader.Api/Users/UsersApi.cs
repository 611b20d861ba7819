using System.Security.Claims;
using Grader.Api.Access;
using Grader.Api.Audit;
using Grader.Api.Common;
using Grader.Api.Identity;
using Grader.Persistence;
using Grader.Persistence.Entities;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Grader.Api.Users;

/// <summary><c>/api/users</c>, for administrators: create accounts with their roles, list them, change roles, disable or re-enable them.</summary>
internal static class UsersApi
{
    public static IEndpointRouteBuilder MapUsersApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/users").WithTags("Comptes").RequireAuthorization(GraderPolicies.Administrator);

        api.MapPost("/", CreateAsync).WithName("CreateUser").WithSummary("Crée un compte avec ses rôles");
        api.MapGet("/", ListAsync).WithName("ListUsers").WithSummary("Liste paginée des comptes");
        api.MapPut("/{id}/roles", SetRolesAsync).WithName("SetUserRoles").WithSummary("Remplace les rôles d’un compte");
        api.MapPut("/{id}/status", SetStatusAsync).WithName("SetUserStatus")
            .WithSummary("Désactive (« enabled »: false) ou réactive un compte ; un compte désactivé ne peut plus se connecter");
        return app;
    }

    private static async Task<Created<UserDto>> CreateAsync(
        CreateUserRequest request, ClaimsPrincipal caller, UserManager<GraderUser> users, IAuditTrail audit, CancellationToken ct)
    {
        var roles = ValidRoles(request.Roles);
        var user = new GraderUser
        {
            UserName = request.Email?.Trim(), Email = request.Email?.Trim(), EmailConfirmed = true, DisplayName = request.DisplayName?.Trim() ?? "",
        };
        Check(await users.CreateAsync(user, request.Password ?? ""));
        Check(await users.AddToRolesAsync(user, roles));
        await audit.AppendAsync(new AuditRecord(caller.UserId(), "user.created", "user", user.Id, After: new { roles }), ct);
        return TypedResults.Created($"/api/users/{user.Id}", ToDto(user, roles));
    }

    /// <param name="role">Only the accounts holding this role (to choose a juror, for instance).</param>
    private static async Task<Ok<Page<UserDto>>> ListAsync(
        int? page, int? pageSize, string? role, GraderDbContext db, CancellationToken ct)
    {
        var query = new PageQuery(page, pageSize);
        var accounts = db.Users.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(role))
        {
            var wanted = ValidRoles([role])[0];
            accounts = accounts.Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == wanted)));
        }

        var users = await query.ApplyAsync(accounts.OrderBy(u => u.Email), ct);
        var ids = users.Items.Select(u => u.Id).ToList();
        var roles = await db.UserRoles.Where(ur => ids.Contains(ur.UserId))
            .Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, r.Name })
            .ToListAsync(ct);
        var dtos = users.Items
            .Select(u => ToDto(u, roles.Where(r => r.UserId == u.Id).Select(r => r.Name!).Order(StringComparer.Ordinal).ToList()))
            .ToList();
        return TypedResults.Ok(new Page<UserDto>(dtos, users.PageNumber, users.PageSize, users.Total));
    }

    private static async Task<Ok<UserDto>> SetRolesAsync(
        string id, SetRolesRequest request, ClaimsPrincipal caller, UserManager<GraderUser> users, IAuditTrail audit, CancellationToken ct)
    {
        var roles = ValidRoles(request.Roles);
        var user = await users.FindByIdAsync(id) ?? throw new UserAccountException("user-not-found", "Ce compte est introuvable.");
        var before = await users.GetRolesAsync(user);
        if (user.Id == caller.UserId() && !roles.Contains(GraderRoles.Administrator))
        {
            // The last door out of administration must not be closed by accident.
            throw new UserAccountException("self-demotion", "Vous ne pouvez pas retirer votre propre rôle d’administrateur.");
        }

        Check(await users.RemoveFromRolesAsync(user, before.Except(roles)));
        Check(await users.AddToRolesAsync(user, roles.Except(before)));
        // Changing roles changes the security stamp, so outstanding refresh tokens stop working.
        Check(await users.UpdateSecurityStampAsync(user));
        await audit.AppendAsync(new AuditRecord(caller.UserId(), "user.roles-changed", "user", user.Id, Before: new { roles = before }, After: new { roles }), ct);
        return TypedResults.Ok(ToDto(user, roles));
    }

    private static async Task<Ok<UserDto>> SetStatusAsync(
        string id, SetAccountStatusRequest request, ClaimsPrincipal caller, UserManager<GraderUser> users, IAuditTrail audit, CancellationToken ct) =>
        TypedResults.Ok(await AccountStatus.SetAsync(users, audit, id, request, caller.UserId(), ct));

    internal static List<string> ValidRoles(IReadOnlyList<string>? roles)
    {
        var requested = (roles ?? []).Select(r => r.Trim().ToLowerInvariant()).Distinct().ToList();
        var unknown = requested.Where(r => !GraderRoles.All.Contains(r)).ToList();
        if (unknown.Count > 0 || requested.Count == 0)
        {
            throw new UserAccountException(
                "bad-roles", $"Rôles attendus parmi : {string.Join(", ", GraderRoles.All)} (au moins un){(unknown.Count > 0 ? $" ; inconnu : {string.Join(", ", unknown)}" : "")}.");
        }

        return requested;
    }

    internal static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new UserAccountException("bad-account", string.Join(" ", result.Errors.Select(e => e.Description)));
        }
    }

    internal static UserDto ToDto(GraderUser user, IReadOnlyList<string> roles) =>
        new(user.Id, user.Email ?? "", user.DisplayName, roles, user.CreatedAt, AccountStatus.IsDisabled(user));
}
