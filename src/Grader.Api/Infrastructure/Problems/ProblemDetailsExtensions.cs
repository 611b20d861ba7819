using Grader.Api.Infrastructure.Problems;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;

namespace Grader.Api.Infrastructure;

/// <summary>
/// Every error the service answers is an RFC 9457 problem details (<c>application/problem+json</c>) in French:
/// a user's mistake (a <c>GraderException</c>) gives its French message and stable code; a framework status
/// (401, 403, 404, 405, 409, 413, 415, 429…) gets the French title and detail of <see cref="ProblemCatalog"/>;
/// malformed JSON or a parameter that does not bind is a 400, not a 500; anything else is a generic 500 whose
/// detail stays in the logs. No stack trace is ever written to a response.
/// </summary>
internal static class ProblemDetailsExtensions
{
    public static void AddGraderProblemDetails(this WebApplicationBuilder builder)
    {
        builder.Services.AddProblemDetails(options => options.CustomizeProblemDetails = Frenchify);
        builder.Services.AddExceptionHandler<GraderExceptionHandler>();

        // Binding failures throw (instead of answering an empty 400), so that the handler writes why in French.
        builder.Services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
    }

    public static void UseGraderProblemDetails(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
    }

    /// <summary>Fills in what the framework left in English or empty; what our own code wrote is kept.</summary>
    internal static void Frenchify(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        var status = problem.Status ?? context.HttpContext.Response.StatusCode;
        problem.Status = status;
        if (string.IsNullOrEmpty(problem.Title) || IsFrameworkDefault(problem))
        {
            problem.Title = ProblemCatalog.Title(status);
        }

        if (string.IsNullOrEmpty(problem.Detail))
        {
            problem.Detail = ProblemCatalog.Detail(status);
        }

        if (string.IsNullOrEmpty(problem.Type) || problem.Type.StartsWith("https://tools.ietf.org/", StringComparison.Ordinal))
        {
            problem.Type = ProblemCatalog.Type(status);
        }

        // The developer exception page is never used; make sure no "exception" member leaks either way.
        problem.Extensions.Remove("exception");
    }

    // The framework's titles are the English reason phrases ("Not Found", "Method Not Allowed"…); ours are French.
    private static bool IsFrameworkDefault(ProblemDetails problem) =>
        problem.Title is not null && string.Equals(problem.Title, ReasonPhrases.GetReasonPhrase(problem.Status ?? 0), StringComparison.OrdinalIgnoreCase)
        || problem.Title is "An error occurred while processing your request." or "One or more validation errors occurred.";
}
