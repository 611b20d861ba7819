using Grader.Api.Audit;
using Grader.Persistence.Entities;
using Microsoft.AspNetCore.Identity;

namespace Grader.Api.Users;

/// <summary>
/// Disabling an account is an Identity lockout without end: sign-in refuses it whatever the password, and the new
/// security stamp makes its refresh tokens and sign-in cookies stop working at their next check. Re-enabling lifts
/// the lockout. The account, its roles and its history stay, unlike an erasure.
/// </summary>
internal static class AccountStatus
{
    public const string DisabledAction = "user.disabled";
    public const string EnabledAction = "user.enabled";

    // A lockout after failed sign-ins ends within minutes; only a disabled account is locked out for ever.
    private static readonly DateTimeOffset Forever = DateTimeOffset.MaxValue;

    public static bool IsDisabled(GraderUser user) => user.LockoutEnd is { } end && end >= Forever.AddYears(-1);

    public static async Task<UserDto> SetAsync(
        UserManager<GraderUser> users, IAuditTrail audit, string id, SetAccountStatusRequest request, string actor, CancellationToken ct)
    {
        var enabled = request.Enabled ?? throw new UserAccountException("bad-status", "Indiquez « enabled » : true pour réactiver le compte, false pour le désactiver.");
        var user = await users.FindByIdAsync(id) ?? throw new UserAccountException("user-not-found", "Ce compte est introuvable.");
        if (!enabled && user.Id == actor)
        {
            throw new UserAccountException("self-disable", "Vous ne pouvez pas désactiver votre propre compte.");
        }

        var wasDisabled = IsDisabled(user);
        if (enabled)
        {
            UsersApi.Check(await users.SetLockoutEndDateAsync(user, null));
            UsersApi.Check(await users.ResetAccessFailedCountAsync(user));
        }
        else
        {
            UsersApi.Check(await users.SetLockoutEnabledAsync(user, true));
            UsersApi.Check(await users.SetLockoutEndDateAsync(user, Forever));
            UsersApi.Check(await users.UpdateSecurityStampAsync(user));
        }

        if (wasDisabled == enabled)
        {
            await audit.AppendAsync(new AuditRecord(actor, enabled ? EnabledAction : DisabledAction, "user", user.Id,
                Before: new { disabled = wasDisabled }, After: new { disabled = !enabled }), ct);
        }

        var roles = (await users.GetRolesAsync(user)).Order(StringComparer.Ordinal).ToList();
        return UsersApi.ToDto(user, roles);
    }
}
