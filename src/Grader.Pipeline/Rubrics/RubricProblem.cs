namespace Grader.Pipeline.Rubrics;

/// <summary>One thing wrong in a rubric, located by file and line, worded in French for the pedagogical team.</summary>
public sealed record RubricProblem(string File, int Line, string Message)
{
    public override string ToString() => Line > 0 ? $"{File}:{Line} : {Message}" : $"{File} : {Message}";
}
