using Grader.Pipeline.Calibration.Metrics;
using Grader.Pipeline.Calibration.Quality;
using Grader.Pipeline.Evaluation.Offline;

namespace Grader.Pipeline.Calibration.Fitting;

/// <summary>What <c>grader calibrate --fit</c> produced: the cross-validated figures, and the profile fitted on every case.</summary>
public sealed record OfflineFitResult(string Set, string Command, int Cases, IReadOnlyList<FitSample> Samples, CrossValidationResult CrossValidation, OfflineThresholdsProfile Profile, IReadOnlyList<FailedCase> FailedCases);

/// <summary>
/// Fits the offline level cutoffs on an evaluation set: evaluates every case once with the shipped thresholds while
/// recording the evidence of each compétence, cross-validates the fit by case, then fits on all cases for the profile
/// to save. Only the cross-validated figures say what the profile is worth on unseen dossiers.
/// </summary>
public static class OfflineFit
{
    public static async Task<OfflineFitResult> RunAsync(
        EvaluationSet set,
        Func<IOfflineEvidenceObserver, ICaseEvaluator> evaluators,
        int? folds,
        BootstrapOptions bootstrap,
        FitOptions options,
        string command,
        IProgress<string>? progress,
        CancellationToken cancellationToken)
    {
        var recorder = new OfflineEvidenceRecorder();
        var inner = evaluators(recorder);
        var evidence = new Dictionary<string, IReadOnlyDictionary<string, CompetenceEvidence>>(StringComparer.Ordinal);
        var recording = new DelegateCaseEvaluator(
            async (c, ct) =>
            {
                recorder.Drain();
                var assessment = await inner.EvaluateAsync(c, ct);
                evidence[c.Id] = recorder.Drain();
                return assessment;
            },
            owner: inner);
        var outcomes = await QualityRun.EvaluateAndDisposeAsync(set, recording, progress, cancellationToken);

        var samples = set.Cases
            .Where(c => evidence.ContainsKey(c.Id))
            .SelectMany(c => c.Labels.Criteria
                .Where(l => l.Level is not null && evidence[c.Id].ContainsKey(l.Competence.Id))
                .Select(l => new FitSample(c.Id, l.Competence.Id, l.Competence.SourceCode, l.Level!.Value, evidence[c.Id][l.Competence.Id])))
            .ToList();
        if (samples.Count == 0)
        {
            throw new EvaluationSetException(
                "no-offline-evidence",
                "Aucune donnée pour ajuster les seuils : l’évaluation n’a relevé aucun indice hors ligne (--fit ne s’applique qu’au fournisseur offline).");
        }

        var baseline = OfflineThresholds.Default;
        var fitter = ThresholdFitter.For(set.Rubric.Scale, baseline, options);
        var caseCount = samples.Select(s => s.Case).Distinct(StringComparer.Ordinal).Count();
        var cv = CrossValidation.Run(samples, folds ?? caseCount, fitter, set.Rubric.Scale, baseline, bootstrap);
        var final = fitter(samples);
        var profile = new OfflineThresholdsProfile
        {
            Global = final.Global,
            PerCompetence = final.PerCompetence,
            HeuristicsVersion = OfflineHeuristics.Version,
            FittedAt = DateTimeOffset.UtcNow,
            Set = set.Name,
            Command = command,
            CrossValidation = cv.Summary(),
        };
        return new OfflineFitResult(
            set.Name, command, set.Cases.Count, samples, cv, profile,
            outcomes.Where(o => o.Failure is not null).Select(o => new FailedCase(o.Case.Id, o.Failure!)).ToList());
    }
}
