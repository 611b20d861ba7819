using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Grader.Api.Review;

/// <summary>Turns an <see cref="Outcome{T}"/> into the typed HTTP results the endpoints declare.</summary>
internal static class OutcomeResults
{
    public static Results<Ok<T>, BadRequest<ProblemDetails>, Conflict<ProblemDetails>> ToHttpResult<T>(this Outcome<T> outcome)
    {
        if (outcome.Problem is { } problem)
        {
            return problem.Kind == WorkflowProblemKind.Conflict
                ? TypedResults.Conflict(problem.ToProblemDetails())
                : TypedResults.BadRequest(problem.ToProblemDetails());
        }

        return TypedResults.Ok(outcome.Value!);
    }
}
