using Grader.Pipeline.Common;
using Microsoft.AspNetCore.Diagnostics;

namespace Grader.Api.Infrastructure.Problems;

/// <summary>
/// Writes every exception that reaches the top as a French problem details. A client's mistake is logged as a
/// warning with its type only; the service's own failures are logged with their stack trace, which never
/// reaches the response.
/// </summary>
internal sealed class GraderExceptionHandler(IProblemDetailsService problemDetails, ILogger<GraderExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var problem = ExceptionProblems.For(exception, httpContext.RequestAborted.IsCancellationRequested);
        if (exception is GraderException userError)
        {
            logger.LogWarning("User error {Code}: {Message}", userError.Code, userError.Message);
        }
        else if (ExceptionProblems.IsClientError(problem))
        {
            // Not the message: a binding error's message can quote what the client sent.
            logger.LogWarning("Rejected request on {Path}: {Status} ({ExceptionType})", httpContext.Request.Path, problem.Status, exception.GetType().Name);
        }
        else
        {
            logger.LogError(exception, "Unhandled error on {Path}", httpContext.Request.Path);
        }

        if (httpContext.Response.HasStarted)
        {
            return false;
        }

        httpContext.Response.StatusCode = problem.Status ?? StatusCodes.Status500InternalServerError;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = exception });
    }
}
