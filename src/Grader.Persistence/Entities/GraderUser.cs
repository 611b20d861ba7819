using Microsoft.AspNetCore.Identity;

namespace Grader.Persistence.Entities;

/// <summary>
/// An account (ASP.NET Core Identity). Roles say what it may do; jury memberships and the candidate link say on
/// which sessions and dossiers.
/// </summary>
public sealed class GraderUser : IdentityUser
{
    public string DisplayName { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; } = DateTimeOffset.UtcNow;
}
