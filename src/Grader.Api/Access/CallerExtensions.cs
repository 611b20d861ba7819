using System.Security.Claims;
using Grader.Api.Identity;

namespace Grader.Api.Access;

/// <summary>Who is calling, read from the principal Identity built (its id and role claims).</summary>
public static class CallerExtensions
{
    /// <summary>The account id; throws when called on an anonymous principal (endpoints require sign-in first).</summary>
    public static string UserId(this ClaimsPrincipal user) =>
        user.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new InvalidOperationException("The endpoint must require a signed-in user.");

    public static bool IsAdministrator(this ClaimsPrincipal user) => user.IsInRole(GraderRoles.Administrator);

    /// <summary>Administrators and the pedagogical team oversee every session.</summary>
    public static bool OverseesAllSessions(this ClaimsPrincipal user) =>
        user.IsInRole(GraderRoles.Administrator) || user.IsInRole(GraderRoles.Pedagogy);
}
