using System.Security.Claims;
using Grader.Api.Identity;

namespace Grader.Api.Review;

/// <summary>Who is calling, as the audit trail and the stored decisions name them.</summary>
public static class CallerExtensions
{
    /// <summary>The account id (<c>ClaimTypes.NameIdentifier</c>); an authenticated request always carries it.</summary>
    public static string UserId(this ClaimsPrincipal user) =>
        user.FindFirstValue(ClaimTypes.NameIdentifier)
        ?? throw new InvalidOperationException("An authenticated principal without a NameIdentifier claim reached a review endpoint.");

    public static bool IsAdministrator(this ClaimsPrincipal user) => user.IsInRole(GraderRoles.Administrator);
}
