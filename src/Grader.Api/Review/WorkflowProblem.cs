using Microsoft.AspNetCore.Mvc;

namespace Grader.Api.Review;

/// <summary>Whether a refused action is the caller's mistake (400) or a clash with someone else's change or the grid's state (409).</summary>
public enum WorkflowProblemKind
{
    Invalid,
    Conflict,
}

/// <summary>
/// A refusal a juror or a pedagogue can act on: a stable code, a French explanation and, for conflicts, the current
/// state, so that the client can show what changed instead of overwriting it. Returned, not thrown: the endpoints turn
/// it into a typed 400 or 409 problem detail.
/// </summary>
public sealed record WorkflowProblem(WorkflowProblemKind Kind, string Code, string Detail, IReadOnlyDictionary<string, object?> Extensions)
{
    public static WorkflowProblem Invalid(string code, string detail, IReadOnlyDictionary<string, object?>? extensions = null) =>
        new(WorkflowProblemKind.Invalid, code, detail, extensions ?? new Dictionary<string, object?>());

    public static WorkflowProblem Conflict(string code, string detail, IReadOnlyDictionary<string, object?>? extensions = null) =>
        new(WorkflowProblemKind.Conflict, code, detail, extensions ?? new Dictionary<string, object?>());

    public ProblemDetails ToProblemDetails()
    {
        var conflict = Kind == WorkflowProblemKind.Conflict;
        var problem = new ProblemDetails
        {
            Status = conflict ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest,
            Title = conflict ? "Conflit de modification" : "Requête refusée",
            Detail = Detail,
            Type = $"https://grader.local/problems/{Code}",
        };
        problem.Extensions["code"] = Code;
        foreach (var (key, value) in Extensions)
        {
            problem.Extensions[key] = value;
        }

        return problem;
    }
}
