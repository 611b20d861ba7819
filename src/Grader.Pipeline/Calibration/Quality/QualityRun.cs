using System.Diagnostics;
using Grader.Pipeline.Common;

namespace Grader.Pipeline.Calibration.Quality;

/// <summary>Runs an evaluator over every case of a set, one case at a time (each evaluation already runs its criteria concurrently).</summary>
public static class QualityRun
{
    /// <param name="progress">Receives a French line per case, for the terminal.</param>
    public static async Task<IReadOnlyList<CaseOutcome>> EvaluateAsync(
        EvaluationSet set, ICaseEvaluator evaluator, IProgress<string>? progress, CancellationToken cancellationToken)
    {
        var outcomes = new List<CaseOutcome>(set.Cases.Count);
        foreach (var (evaluationCase, index) in set.Cases.Select((c, i) => (c, i + 1)))
        {
            var clock = Stopwatch.StartNew();
            try
            {
                var assessment = await evaluator.EvaluateAsync(evaluationCase, cancellationToken);
                outcomes.Add(CaseOutcome.Succeeded(evaluationCase, assessment, clock.Elapsed));
                progress?.Report($"[{index}/{set.Cases.Count}] {evaluationCase.Id}\u00A0: évalué en {FrenchFigures.Seconds(clock.Elapsed)}.");
            }
            catch (GraderException ex)
            {
                // A user-level problem of this dossier (no text layer, corrupt file): recorded and reported, the others go on.
                outcomes.Add(CaseOutcome.Failed(evaluationCase, ex.Message, clock.Elapsed));
                progress?.Report($"[{index}/{set.Cases.Count}] {evaluationCase.Id}\u00A0: non évalué — {ex.Message}");
            }
        }

        return outcomes;
    }

    /// <summary>As <see cref="EvaluateAsync"/>, then disposes the evaluator (which the caller created for this run).</summary>
    public static async Task<IReadOnlyList<CaseOutcome>> EvaluateAndDisposeAsync(
        EvaluationSet set, ICaseEvaluator evaluator, IProgress<string>? progress, CancellationToken cancellationToken)
    {
        try
        {
            return await EvaluateAsync(set, evaluator, progress, cancellationToken);
        }
        finally
        {
            await Disposal.DisposeAsync(evaluator);
        }
    }
}
