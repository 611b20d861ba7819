namespace Grader.Api.Review;

/// <summary>What a workflow action produced: its result, or the <see cref="WorkflowProblem"/> that refused it.</summary>
public sealed record Outcome<T>(T? Value, WorkflowProblem? Problem)
{
    public bool Succeeded => Problem is null;
}

/// <summary>Factories for <see cref="Outcome{T}"/> (kept off the generic type so that callers let the compiler infer T).</summary>
public static class Outcome
{
    public static Outcome<T> Success<T>(T value) => new(value, null);

    public static Outcome<T> Failure<T>(WorkflowProblem problem) => new(default, problem);
}
