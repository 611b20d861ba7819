using Grader.Pipeline.Calibration;
using Grader.Pipeline.Calibration.Fitting;
using Grader.Pipeline.Calibration.Metrics;
using Grader.Pipeline.Evaluation.Offline;
using Grader.Pipeline.Rubrics;
using Grader.Pipeline.Tests.Calibration.Metrics;

namespace Grader.Pipeline.Tests.Calibration;

public sealed class CrossValidationTests
{
    private static readonly RatingScale Scale = CalibrationFixtures.Rubric.Scale;
    private static readonly OfflineThresholds Shipped = OfflineThresholds.Default;
    private static readonly BootstrapOptions Bootstrap = new(Resamples: 50, Seed: 3);

    // Case « b » is the only level-1 dossier, at a coverage the shipped cutoffs call « acquis ». Fitted on every case,
    // the « acquis » cutoff moves above it and the fit is perfect; without « b » nothing asks it to move.
    private static readonly List<FitSample> Samples =
    [
        Sample("a", 0.10, 0),
        Sample("b", 0.35, 1),
        Sample("c", 0.45, 2),
        Sample("d", 0.60, 2),
        Sample("e", 0.12, 0),
    ];

    [Fact]
    public void A_fit_that_is_perfect_on_its_own_cases_is_not_reported_perfect_by_cross_validation()
    {
        var fitter = ThresholdFitter.For(Scale, Shipped, FitOptions.Default);
        var inSample = fitter(Samples);
        var inSamplePairs = Samples.Select(s => new LevelPair(s.Human, ThresholdFitter.Level(s, inSample.For(s.CompetenceId), Scale, Shipped))).ToList();
        Assert.Equal(1, QuadraticWeightedKappa.Compute(inSamplePairs, PairsOf.Scale));

        var cv = CrossValidation.Run(Samples, folds: Samples.Count, fitter, Scale, Shipped, Bootstrap);

        Assert.True(cv.After.Kappa < 1, $"cross-validated QWK {cv.After.Kappa} should not be perfect");
        var b = Assert.Single(cv.Levels, l => l.Sample.Case == "b");
        Assert.Equal(2, b.After);
    }

    [Fact]
    public void The_fitter_never_sees_the_labels_of_the_cases_it_is_scored_on()
    {
        var seen = new List<HashSet<string>>();
        FittedCutoffs Spy(IReadOnlyList<FitSample> training)
        {
            seen.Add(training.Select(s => s.Case).ToHashSet(StringComparer.Ordinal));
            return new FittedCutoffs(LevelCutoffs.From(Shipped), new Dictionary<string, LevelCutoffs>());
        }

        var cv = CrossValidation.Run(Samples, folds: 3, Spy, Scale, Shipped, Bootstrap);

        Assert.Equal(3, seen.Count);
        Assert.Equal(Samples.Count, cv.Levels.Count);
        foreach (var level in cv.Levels)
        {
            Assert.DoesNotContain(level.Sample.Case, seen[level.Fold]);
        }

        // With the shipped cutoffs returned, « after » is « before »: the harness adds nothing of its own.
        Assert.All(cv.Levels, l => Assert.Equal(l.Before, l.After));
    }

    [Fact]
    public void Refuses_impossible_fold_counts_in_french()
    {
        var fitter = ThresholdFitter.For(Scale, Shipped, FitOptions.Default);
        var error = Assert.Throws<EvaluationSetException>(() => CrossValidation.Run(Samples, folds: 9, fitter, Scale, Shipped, Bootstrap));
        Assert.Contains("--folds doit être compris entre 2 et le nombre de cas (5)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_profile_fingerprint_follows_the_cutoffs_not_the_date()
    {
        var cutoffs = LevelCutoffs.From(Shipped);
        var one = Profile(cutoffs, DateTimeOffset.UnixEpoch);
        var two = Profile(cutoffs, DateTimeOffset.UnixEpoch.AddDays(3));
        var moved = Profile(cutoffs with { AcquiredCoverage = 0.4 }, DateTimeOffset.UnixEpoch);

        Assert.Equal(one.Fingerprint, two.Fingerprint);
        Assert.NotEqual(one.Fingerprint, moved.Fingerprint);
        Assert.StartsWith("sha256:", one.Fingerprint, StringComparison.Ordinal);
        Assert.Equal(0.4, moved.For("c-1-1-1", Shipped).AcquiredCoverage);
    }

    internal static FitSample Sample(string caseId, double coverage, int human) => new(
        caseId,
        "c-1-1-1",
        "C.1.1.1.",
        human,
        new CompetenceEvidence(
            [], coverage, new HashSet<EvidenceCueKind> { EvidenceCueKind.Figures, EvidenceCueKind.Calendar, EvidenceCueKind.Table }, 4, 4, [], []));

    private static OfflineThresholdsProfile Profile(LevelCutoffs cutoffs, DateTimeOffset at) => new()
    {
        Global = cutoffs,
        HeuristicsVersion = OfflineHeuristics.Version,
        FittedAt = at,
        Set = "test",
        Command = "grader calibrate --fit",
    };
}
