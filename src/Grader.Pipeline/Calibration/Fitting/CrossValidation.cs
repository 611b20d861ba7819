using Grader.Pipeline.Calibration.Metrics;
using Grader.Pipeline.Evaluation.Offline;
using Grader.Pipeline.Rubrics;

namespace Grader.Pipeline.Calibration.Fitting;

/// <summary>A sample scored out of fold: its level with the shipped cutoffs and with the cutoffs fitted without its case.</summary>
public sealed record OutOfFoldLevel(FitSample Sample, int Fold, int Before, int After);

/// <summary>Cross-validated figures: every sample was scored by cutoffs fitted on the other folds only.</summary>
public sealed record CrossValidationResult(int Folds, IReadOnlyList<OutOfFoldLevel> Levels, LevelMetrics Before, LevelMetrics After, PairedDifference KappaDifference)
{
    public CrossValidatedFigures Summary() => new(
        Folds, Levels.Count, Before.Kappa, After.Kappa, Before.ExactAgreement, After.ExactAgreement, Before.MeanAbsoluteError, After.MeanAbsoluteError);
}

/// <summary>
/// K-fold cross-validation <b>by case</b>: all compétences of a case fall in the same fold (they share a dossier, a writer
/// and a retrieval, so splitting them would leak). Leave-one-case-out when <c>folds</c> equals the number of cases. The
/// fitter never sees a held-out case's labels; the figures are computed on the pooled out-of-fold levels.
/// </summary>
public static class CrossValidation
{
    public static CrossValidationResult Run(
        IReadOnlyList<FitSample> samples, int folds, CutoffFitter fitter, RatingScale scale, OfflineThresholds baseline, BootstrapOptions bootstrap)
    {
        var cases = samples.Select(s => s.Case).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        if (cases.Count < 2)
        {
            throw new EvaluationSetException("too-few-cases", "La validation croisée demande au moins deux cas étiquetés.");
        }

        if (folds < 2 || folds > cases.Count)
        {
            throw new EvaluationSetException("bad-folds", $"--folds doit être compris entre 2 et le nombre de cas ({cases.Count}).");
        }

        var foldOf = AssignFolds(cases, folds, bootstrap.Seed);
        var shipped = LevelCutoffs.From(baseline);
        var levels = new List<OutOfFoldLevel>(samples.Count);
        for (var fold = 0; fold < folds; fold++)
        {
            var held = samples.Where(s => foldOf[s.Case] == fold).ToList();
            var training = samples.Where(s => foldOf[s.Case] != fold).ToList();
            var fitted = fitter(training);
            levels.AddRange(held.Select(s => new OutOfFoldLevel(
                s, fold, ThresholdFitter.Level(s, shipped, scale, baseline), ThresholdFitter.Level(s, fitted.For(s.CompetenceId), scale, baseline))));
        }

        var range = LevelRange.Of(scale);
        var before = levels.Select(l => new LevelPair(l.Sample.Human, l.Before)).ToList();
        var after = levels.Select(l => new LevelPair(l.Sample.Human, l.After)).ToList();
        var paired = levels
            .GroupBy(l => l.Sample.Case, StringComparer.Ordinal)
            .Select(g => new PairedCase(g.Key, g.Select(l => new LevelPair(l.Sample.Human, l.Before)).ToList(), g.Select(l => new LevelPair(l.Sample.Human, l.After)).ToList()))
            .ToList();
        return new CrossValidationResult(
            folds,
            levels,
            LevelMetrics.Compute(before, range, bootstrap),
            LevelMetrics.Compute(after, range, bootstrap),
            PairedBootstrap.Compute(paired, p => QuadraticWeightedKappa.Compute(p, range), bootstrap));
    }

    // Cases shuffled with the seed, then dealt round-robin: folds differ in size by one case at most.
    private static Dictionary<string, int> AssignFolds(List<string> cases, int folds, int seed)
    {
        var shuffled = cases.ToArray();
        new Random(seed).Shuffle(shuffled);
        return shuffled.Select((c, i) => (c, i % folds)).ToDictionary(x => x.c, x => x.Item2, StringComparer.Ordinal);
    }
}
