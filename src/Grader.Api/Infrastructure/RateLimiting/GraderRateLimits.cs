using System.Threading.RateLimiting;
using Grader.Api.Infrastructure.RateLimiting;
using Microsoft.Extensions.Options;

namespace Grader.Api.Infrastructure;

/// <summary>
/// Request limits with ASP.NET Core's rate limiter. A global limiter applies to every request, per client (user
/// id when signed in, IP address otherwise), permissive by default; stricter named policies are attached to the
/// costly or sensitive endpoints with <c>.RequireRateLimiting(GraderRateLimits.Upload)</c> or
/// <c>.RequireRateLimiting(GraderRateLimits.SignIn)</c>. Limits come from <c>Grader:RateLimits</c>; a refused
/// request gets a 429 with <c>Retry-After</c> and a French problem details. Health probes are never limited.
/// </summary>
public static class GraderRateLimits
{
    /// <summary>Policy for dossier uploads (<c>Grader:RateLimits:Upload</c>).</summary>
    public const string Upload = "upload";

    /// <summary>Policy for sign-in attempts (<c>Grader:RateLimits:SignIn</c>).</summary>
    public const string SignIn = "sign-in";

    private const string GlobalPartition = "global";

    internal static void AddGraderRateLimiting(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<RateLimitOptions>().BindConfiguration(RateLimitOptions.SectionName).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<RateLimitOptions>, RateLimitOptionsValidator>();

        builder.Services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = RateLimitRejection.WriteAsync;
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
            {
                var options = Options(context);
                return options.Enabled
                    ? RateLimitPartitions.FixedWindow(context, GlobalPartition, options.Global)
                    : RateLimitPartition.GetNoLimiter(GlobalPartition);
            });
            limiter.AddPolicy(Upload, context => Policy(context, Upload, options => options.Upload));
            limiter.AddPolicy(SignIn, context => Policy(context, SignIn, options => options.SignIn));
        });
    }

    /// <summary>Place after authentication, so that a signed-in user counts as themselves and not as their IP address.</summary>
    internal static void UseGraderRateLimiting(this WebApplication app) => app.UseRateLimiter();

    private static RateLimitPartition<string> Policy(HttpContext context, string name, Func<RateLimitOptions, RateLimitRule> rule)
    {
        var options = Options(context);
        return options.Enabled
            ? RateLimitPartitions.FixedWindow(context, name, rule(options))
            : RateLimitPartition.GetNoLimiter(name);
    }

    private static RateLimitOptions Options(HttpContext context) =>
        context.RequestServices.GetRequiredService<IOptions<RateLimitOptions>>().Value;
}
