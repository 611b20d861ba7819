using System.Security.Claims;
using Grader.Api.Infrastructure.Problems;
using Grader.Persistence;
using Grader.Persistence.Entities;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace Grader.Api.Identity;

/// <summary>
/// Bearer tokens live an hour and cookies are only re-validated every half hour by Identity: without this check a
/// demoted, disabled or erased account would keep its access that long. Each signed-in request's security stamp is
/// compared with the account's current one (cached for <see cref="AccountCheckOptions.Interval"/>); a mismatch or a
/// missing account answers 401 in French and drops the cookie.
/// </summary>
internal static class AccountFreshness
{
    public static void AddAccountFreshness(this WebApplicationBuilder builder)
    {
        builder.Services.AddMemoryCache();
        builder.Services.AddOptions<AccountCheckOptions>().BindConfiguration(AccountCheckOptions.SectionName);
    }

    /// <summary>Runs right after authentication, before anything reads the caller's roles.</summary>
    public static void UseAccountFreshness(this WebApplication app)
    {
        var stampClaim = app.Services.GetRequiredService<IOptions<IdentityOptions>>().Value.ClaimsIdentity.SecurityStampClaimType;
        app.Use(async (http, next) =>
        {
            var user = http.User;
            var id = user.FindFirstValue(ClaimTypes.NameIdentifier);
            var stamp = user.FindFirstValue(stampClaim);
            // Principals without a stamp are not Identity's (none today); they are left to their own scheme.
            if (user.Identity?.IsAuthenticated == true && id is not null && stamp is not null
                && !string.Equals(await CurrentStampAsync(http, id), stamp, StringComparison.Ordinal))
            {
                app.Logger.LogInformation("Signed-in request refused: the account changed or no longer exists since it signed in");
                await RefuseAsync(http);
                return;
            }

            await next(http);
        });
    }

    private static async Task<string?> CurrentStampAsync(HttpContext http, string userId)
    {
        var services = http.RequestServices;
        var interval = services.GetRequiredService<IOptions<AccountCheckOptions>>().Value.Interval;
        if (interval <= TimeSpan.Zero)
        {
            return await ReadStampAsync(services, userId, http.RequestAborted);
        }

        var cache = services.GetRequiredService<IMemoryCache>();
        return await cache.GetOrCreateAsync(("account-stamp", userId), async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = interval;
            entry.Size = 1;
            return await ReadStampAsync(services, userId, http.RequestAborted);
        });
    }

    private static Task<string?> ReadStampAsync(IServiceProvider services, string userId, CancellationToken ct) =>
        services.GetRequiredService<GraderDbContext>().Users.AsNoTracking()
            .Where(u => u.Id == userId).Select(u => u.SecurityStamp).FirstOrDefaultAsync(ct);

    private static async Task RefuseAsync(HttpContext http)
    {
        if (http.Request.Cookies.Count > 0)
        {
            await http.RequestServices.GetRequiredService<SignInManager<GraderUser>>().SignOutAsync();
        }

        var problem = new ProblemDetails
        {
            Status = StatusCodes.Status401Unauthorized,
            Title = ProblemCatalog.Title(StatusCodes.Status401Unauthorized),
            Detail = "Votre compte a été modifié depuis votre connexion (rôles, désactivation ou suppression) : reconnectez-vous.",
            Type = ProblemCatalog.Type(StatusCodes.Status401Unauthorized),
        };
        problem.Extensions["code"] = "account-changed";
        http.Response.StatusCode = StatusCodes.Status401Unauthorized;
        var writer = http.RequestServices.GetRequiredService<IProblemDetailsService>();
        if (!await writer.TryWriteAsync(new ProblemDetailsContext { HttpContext = http, ProblemDetails = problem }))
        {
            await http.Response.WriteAsJsonAsync(problem, options: null, contentType: "application/problem+json", http.RequestAborted);
        }
    }
}
