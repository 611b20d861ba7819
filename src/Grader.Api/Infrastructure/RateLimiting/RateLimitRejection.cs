using System.Globalization;
using System.Threading.RateLimiting;
using Grader.Api.Infrastructure.Problems;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace Grader.Api.Infrastructure.RateLimiting;

/// <summary>A throttled request gets a 429 with <c>Retry-After</c> (seconds) and a French problem details.</summary>
internal static class RateLimitRejection
{
    public static async ValueTask WriteAsync(OnRejectedContext context, CancellationToken cancellationToken)
    {
        var http = context.HttpContext;
        var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var delay) ? delay : TimeSpan.FromSeconds(1);
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);

        var problem = new ProblemDetails
        {
            Status = StatusCodes.Status429TooManyRequests,
            Title = ProblemCatalog.Title(StatusCodes.Status429TooManyRequests),
            Detail = seconds == 1
                ? "Vous avez envoyé trop de requêtes en peu de temps ; réessayez dans 1 seconde."
                : $"Vous avez envoyé trop de requêtes en peu de temps ; réessayez dans {seconds} secondes.",
            Type = ProblemCatalog.Type(StatusCodes.Status429TooManyRequests),
        };
        problem.Extensions["code"] = "rate-limited";
        problem.Extensions["retryAfterSeconds"] = seconds;

        var writer = http.RequestServices.GetRequiredService<IProblemDetailsService>();
        if (!await writer.TryWriteAsync(new ProblemDetailsContext { HttpContext = http, ProblemDetails = problem }))
        {
            await http.Response.WriteAsJsonAsync(problem, options: null, contentType: "application/problem+json", cancellationToken);
        }
    }
}
