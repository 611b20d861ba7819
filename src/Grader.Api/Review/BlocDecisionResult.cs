namespace Grader.Api.Review;

/// <summary>
/// What the bloc rule computed from the jury's levels: the decision (null while a compétence has no level), how many
/// compétences are acquired out of how many, and which ones still lack a level.
/// </summary>
public sealed record BlocDecisionResult(
    string? Decision,
    int Acquired,
    int Total,
    double AcquiredShareRequired,
    IReadOnlyList<string> Undecided)
{
    public bool IsComplete => Undecided.Count == 0;
}
