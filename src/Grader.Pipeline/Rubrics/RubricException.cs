using Grader.Pipeline.Common;

namespace Grader.Pipeline.Rubrics;

/// <summary>A rubric that cannot be used, or a code or épreuve the rubric does not know.</summary>
public sealed class RubricException : GraderException
{
    public RubricException(string code, string userMessage, IReadOnlyList<RubricProblem>? problems = null)
        : base(code, userMessage)
    {
        Problems = problems ?? [];
    }

    public IReadOnlyList<RubricProblem> Problems { get; }

    public static RubricException Invalid(IReadOnlyList<RubricProblem> problems) =>
        new("invalid-rubric",
            $"Le référentiel contient {problems.Count} erreur{(problems.Count > 1 ? "s" : "")} :"
            + Environment.NewLine + string.Join(Environment.NewLine, problems.Select(p => "  - " + p)),
            problems);
}
