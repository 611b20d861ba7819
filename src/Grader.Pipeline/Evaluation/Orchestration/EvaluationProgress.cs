namespace Grader.Pipeline.Evaluation.Orchestration;

/// <summary>
/// How far an evaluation has gone: compétences assessed out of those the épreuve has. Reported once with
/// <see cref="CompetencesDone"/> = 0 when the dossier is prepared (so a host learns the total before the slow part), then once
/// per compétence assessed, so that a host can show progress without knowing the orchestrator's internals.
/// </summary>
public sealed record EvaluationProgress(int CompetencesDone, int CompetencesTotal);
