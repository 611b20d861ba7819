using Grader.Pipeline.Evaluation.Model;

namespace Grader.Pipeline.Calibration.Quality;

/// <summary>
/// What the evaluation gave for one case: its pre-assessment, or the French reason it could not be produced
/// (a dossier without text, an unreadable file) — one bad case must not cost the measure of the others.
/// </summary>
public sealed record CaseOutcome(EvaluationCase Case, PreAssessment? Assessment, string? Failure, TimeSpan Duration)
{
    public static CaseOutcome Succeeded(EvaluationCase evaluationCase, PreAssessment assessment, TimeSpan duration) =>
        new(evaluationCase, assessment, null, duration);

    public static CaseOutcome Failed(EvaluationCase evaluationCase, string reason, TimeSpan duration) =>
        new(evaluationCase, null, reason, duration);
}
