using System.Text.Json;
using Grader.Pipeline.Common;
using Microsoft.AspNetCore.Mvc;

namespace Grader.Api.Infrastructure.Problems;

/// <summary>
/// Turns an exception into the problem the user sees. Only French text written here leaves the service: the
/// exception's own message (English, sometimes with server details) stays in the logs, except for a
/// <see cref="GraderException"/>, whose message is written in French for the user.
/// </summary>
internal static class ExceptionProblems
{
    /// <param name="clientAborted">The client closed the request: a cancellation is then theirs, not a failure of ours.</param>
    public static ProblemDetails For(Exception exception, bool clientAborted = false) => exception switch
    {
        GraderException userError => ForUserError(userError),
        BadHttpRequestException badRequest => ForBadRequest(badRequest),
        JsonException json => Invalid(StatusCodes.Status400BadRequest, JsonDetail(json)),
        OperationCanceledException when clientAborted => Invalid(499, "La requête a été interrompue avant la fin de son traitement."),
        _ => Create(StatusCodes.Status500InternalServerError, ProblemCatalog.Detail(StatusCodes.Status500InternalServerError)),
    };

    /// <summary>True for what the client caused (logged as a warning, without stack trace); false for our own failures.</summary>
    public static bool IsClientError(ProblemDetails problem) => problem.Status is >= 400 and < 500;

    private static ProblemDetails ForUserError(GraderException userError)
    {
        var status = IsNotFound(userError.Code) ? StatusCodes.Status404NotFound : StatusCodes.Status400BadRequest;
        var problem = new ProblemDetails
        {
            Status = status,
            Title = status == StatusCodes.Status404NotFound ? "Ressource introuvable" : "Requête refusée",
            Detail = userError.Message,
            Type = ProblemCatalog.TypeBase + userError.Code,
        };
        problem.Extensions["code"] = userError.Code;
        return problem;
    }

    // Kestrel (413 body too large, 408 slow body…) and minimal-API binding (400 missing or malformed parameter,
    // 415 wrong content type) both throw BadHttpRequestException with the status to answer.
    private static ProblemDetails ForBadRequest(BadHttpRequestException exception)
    {
        var status = exception.StatusCode;
        if (status == StatusCodes.Status400BadRequest && FindJsonError(exception) is { } json)
        {
            return Invalid(status, JsonDetail(json));
        }

        return status == StatusCodes.Status400BadRequest
            ? Invalid(status, "Un paramètre de la requête manque ou n’a pas le format attendu (nombre, date, identifiant…).")
            : Create(status, ProblemCatalog.Detail(status));
    }

    private static JsonException? FindJsonError(Exception exception)
    {
        for (var inner = exception.InnerException; inner is not null; inner = inner.InnerException)
        {
            if (inner is JsonException json)
            {
                return json;
            }
        }

        return null;
    }

    // The JSON path names a property of our own contract (e.g. "$.candidate.email"), never a value the user sent.
    private static string JsonDetail(JsonException json) => string.IsNullOrEmpty(json.Path) || json.Path == "$"
        ? "Le corps de la requête n’est pas un JSON valide ou ne correspond pas au format attendu."
        : $"Le corps de la requête n’est pas un JSON valide ou ne correspond pas au format attendu (champ « {json.Path} »).";

    private static ProblemDetails Invalid(int status, string detail)
    {
        var problem = Create(status, detail);
        problem.Extensions["code"] = "invalid-request";
        return problem;
    }

    private static ProblemDetails Create(int status, string detail) => new()
    {
        Status = status,
        Title = ProblemCatalog.Title(status),
        Detail = detail,
        Type = ProblemCatalog.Type(status),
    };

    // Codes follow a convention: "unknown-…" and "…-not-found" name something the user asked for that does not exist.
    private static bool IsNotFound(string code) =>
        code.StartsWith("unknown-", StringComparison.Ordinal) || code.EndsWith("-not-found", StringComparison.Ordinal);
}
