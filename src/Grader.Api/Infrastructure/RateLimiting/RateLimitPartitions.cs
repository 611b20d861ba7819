using System.Security.Claims;
using System.Threading.RateLimiting;

namespace Grader.Api.Infrastructure.RateLimiting;

/// <summary>Who a request counts against: the signed-in user, else the client's IP address.</summary>
internal static class RateLimitPartitions
{
    public static string KeyOf(HttpContext context)
    {
        var user = context.User;
        if (user.Identity?.IsAuthenticated == true)
        {
            var id = user.FindFirstValue(ClaimTypes.NameIdentifier) ?? user.FindFirstValue("sub") ?? user.Identity.Name;
            if (!string.IsNullOrEmpty(id))
            {
                return "user:" + id;
            }
        }

        return "ip:" + (context.Connection.RemoteIpAddress?.ToString() ?? "unknown");
    }

    /// <summary>A fixed window per client for <paramref name="rule"/>; the rule is read when the client's window is first created.</summary>
    public static RateLimitPartition<string> FixedWindow(HttpContext context, string policy, RateLimitRule rule) =>
        RateLimitPartition.GetFixedWindowLimiter(policy + "|" + KeyOf(context), _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = rule.PermitLimit,
            Window = rule.Window,
            QueueLimit = 0,
            AutoReplenishment = true,
        });
}
