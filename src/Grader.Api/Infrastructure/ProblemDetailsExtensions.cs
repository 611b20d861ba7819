using Grader.Pipeline.Common;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Grader.Api.Infrastructure;

/// <summary>
/// Errors become RFC 9457 problem details: a user's mistake (a <see cref="GraderException"/>) gives its French
/// message and stable code; anything else gives a generic French message, the detail staying in the logs.
/// </summary>
internal static class ProblemDetailsExtensions
{
    public static void AddGraderProblemDetails(this WebApplicationBuilder builder)
    {
        builder.Services.AddProblemDetails();
        builder.Services.AddExceptionHandler<GraderExceptionHandler>();
    }

    public static void UseGraderProblemDetails(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
    }

    private sealed class GraderExceptionHandler(IProblemDetailsService problemDetails, ILogger<GraderExceptionHandler> logger) : IExceptionHandler
    {
        public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
        {
            ProblemDetails problem;
            if (exception is GraderException userError)
            {
                logger.LogWarning("User error {Code}: {Message}", userError.Code, userError.Message);
                var status = IsNotFound(userError.Code) ? StatusCodes.Status404NotFound : StatusCodes.Status400BadRequest;
                httpContext.Response.StatusCode = status;
                problem = new ProblemDetails
                {
                    Status = status,
                    Title = status == StatusCodes.Status404NotFound ? "Ressource introuvable" : "Requête refusée",
                    Detail = userError.Message,
                    Type = $"https://grader.local/problems/{userError.Code}",
                };
                problem.Extensions["code"] = userError.Code;
            }
            else
            {
                logger.LogError(exception, "Unhandled error on {Path}", httpContext.Request.Path);
                httpContext.Response.StatusCode = StatusCodes.Status500InternalServerError;
                problem = new ProblemDetails
                {
                    Status = StatusCodes.Status500InternalServerError,
                    Title = "Erreur interne",
                    Detail = "Une erreur inattendue est survenue ; elle a été journalisée. Réessayez ou contactez l’administrateur.",
                };
            }

            return await problemDetails.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = exception });
        }

        // Codes follow a convention: "unknown-…" and "…-not-found" name something the user asked for that does not exist.
        private static bool IsNotFound(string code) =>
            code.StartsWith("unknown-", StringComparison.Ordinal) || code.EndsWith("-not-found", StringComparison.Ordinal);
    }
}
