using Grader.Pipeline.Calibration;
using Grader.Pipeline.Calibration.Metrics;
using Grader.Pipeline.Calibration.Quality;
using Grader.Pipeline.Evaluation.Model;

namespace Grader.Pipeline.Tests.Calibration;

public sealed class QualityReportTests
{
    // dossiers-v1: 42 labelled compétences, of which 3 (C.1.3.3., oral only, in the E1 cases) have no level;
    // 57 labelled deliverable items, 16 of them absent.
    private const int Pairs = 39;
    private const int OralOnly = 3;
    private const int Items = 57;
    private const int AbsentItems = 16;

    private static readonly QualityReportSettings Settings = new("grader bench quality --set eval-sets/dossiers-v1", new BootstrapOptions(Resamples: 200));

    private static async Task<QualityReport> RunAsync(ICaseEvaluator evaluator)
    {
        var set = CalibrationFixtures.DossiersV1;
        var outcomes = await QualityRun.EvaluateAsync(set, evaluator, progress: null, TestContext.Current.CancellationToken);
        return QualityReportBuilder.Build(set, outcomes, Settings);
    }

    [Fact]
    public async Task A_grader_that_returns_the_jury_levels_agrees_perfectly()
    {
        var report = await RunAsync(FakeEvaluators.Echo);
        var grader = report.Overall.Grader;

        Assert.Equal(Pairs, grader.Pairs);
        Assert.Equal(1.0, grader.ExactAgreement);
        Assert.Equal(1.0, grader.AdjacentAgreement);
        Assert.Equal(0.0, grader.MeanAbsoluteError);
        Assert.Equal(1.0, grader.Kappa!.Value, 12);
        Assert.Equal(0.0, grader.StandardisedMeanDifference!.Value, 12);
        Assert.Equal(1.0, grader.KappaInterval!.Lower, 12);
        Assert.Equal(new ExclusionCounts(OralOnly, 0, 0, 0), report.Overall.Excluded);
        Assert.Empty(report.Disagreements);
        Assert.Equal(Items, report.Deliverables.Items);
        Assert.Equal(AbsentItems, report.Deliverables.Grader.Absent.ActualPositives);
        Assert.Equal(1.0, report.Deliverables.Grader.Absent.Recall);
        Assert.Equal(1.0, report.Deliverables.Grader.Absent.Precision);
        Assert.Equal(["offline"], report.Providers);
        Assert.Equal(6, report.Cases);
    }

    [Fact]
    public async Task Reports_every_compétence_of_the_set_in_the_rubric_order()
    {
        var report = await RunAsync(FakeEvaluators.Echo);

        Assert.Equal(14, report.PerCriterion.Count);
        Assert.Equal("C.1.1.1.", report.PerCriterion[0].Code);
        Assert.Equal("E1", report.PerCriterion[0].Epreuve);
        var oral = report.PerCriterion.Single(c => c.Code == "C.1.3.3.");
        Assert.Equal(0, oral.Levels.Grader.Pairs);
        Assert.Null(oral.Levels.Grader.Kappa);
        Assert.Equal(3, oral.Levels.Excluded.HumanNoLevel);
        Assert.All(report.PerCriterion.Where(c => c.Code != "C.1.3.3."), c => Assert.Equal(3, c.Levels.Grader.Pairs));
    }

    [Fact]
    public async Task A_grader_that_always_says_two_matches_the_baseline_on_the_same_pairs()
    {
        var report = await RunAsync(FakeEvaluators.AlwaysTwo);
        var (grader, baseline) = (report.Overall.Grader, report.Overall.Baseline);

        Assert.Equal(baseline.Pairs, grader.Pairs);
        Assert.Equal(baseline.ExactAgreement, grader.ExactAgreement);
        Assert.Equal(baseline.AdjacentAgreement, grader.AdjacentAgreement);
        Assert.Equal(baseline.MeanAbsoluteError, grader.MeanAbsoluteError);
        Assert.Equal(baseline.Kappa, grader.Kappa);
        Assert.Equal(baseline.StandardisedMeanDifference, grader.StandardisedMeanDifference);
        Assert.Equal(baseline.Confusion.Counts.SelectMany(r => r), grader.Confusion.Counts.SelectMany(r => r));
        // A constant facing varying jury levels has no agreement beyond chance.
        Assert.Equal(0.0, grader.Kappa!.Value, 12);
        Assert.Equal(report.Deliverables.Baseline, report.Deliverables.Grader);
        Assert.Equal(0.0, report.Deliverables.Grader.Absent.Recall);
        Assert.Null(report.Deliverables.Grader.Absent.Precision);
        Assert.Equal((double)(Items - AbsentItems) / Items, report.Deliverables.Grader.Present.Precision!.Value, 12);
    }

    [Fact]
    public async Task The_baseline_is_computed_on_the_same_pairs_as_grader()
    {
        // A grader that fails one compétence per case: the baseline must lose the same pairs.
        var evaluator = new DelegateCaseEvaluator((c, _) => Task.FromResult(FakeEvaluators.Assessment(
            c,
            label => label == c.Labels.Criteria[0]
                ? CriterionAssessment.FailedFor(label.Competence.SourceCode, label.Competence.Id, Assessable.Written, "délai dépassé")
                : FakeEvaluators.Criterion(label, label.Level),
            d => d.Presence)));

        var report = await RunAsync(evaluator);

        Assert.Equal(Pairs - 6, report.Overall.Grader.Pairs);
        Assert.Equal(Pairs - 6, report.Overall.Baseline.Pairs);
        Assert.Equal(new ExclusionCounts(OralOnly, 6, 0, 0), report.Overall.Excluded);
    }

    [Fact]
    public async Task Counts_missing_compétences_levels_and_items_and_lists_failed_cases()
    {
        var evaluator = new DelegateCaseEvaluator((c, _) =>
        {
            if (c.Id == "e2-fort")
            {
                throw new FakeEvaluators.UnreadableDossierException();
            }

            var assessment = FakeEvaluators.Assessment(
                c,
                label => label.Code == "C.2.1.1." ? null : FakeEvaluators.Criterion(label, label.Code == "C.2.1.2." ? null : label.Level),
                d => d.Presence);
            return Task.FromResult(assessment with { Deliverables = assessment.Deliverables.Skip(1).ToList() });
        });

        var report = await RunAsync(evaluator);

        var failed = Assert.Single(report.FailedCases);
        Assert.Equal("e2-fort", failed.Case);
        Assert.Equal("Le dossier ne contient aucun texte lisible.", failed.Reason);
        // Two E2 cases remain: C.2.1.1. missing and C.2.1.2. without level in each.
        Assert.Equal(new ExclusionCounts(OralOnly, 0, 2, 2), report.Overall.Excluded);
        Assert.Equal(Pairs - 7 - 4, report.Overall.Grader.Pairs);
        Assert.Equal(5, report.Deliverables.NotAssessed);
        Assert.Equal(Items - 10 - 5, report.Deliverables.Items);
    }

    [Fact]
    public async Task Lists_each_disagreement_with_both_levels_and_the_rationale()
    {
        var report = await RunAsync(FakeEvaluators.From(l => l.Level is { } level ? Math.Min(level + 1, 3) : null, d => d.Presence));

        var disagreement = report.Disagreements.First(d => d.Case == "e1-faible");
        Assert.Equal("C.1.1.1.", disagreement.Code);
        Assert.Equal((1, 2), (disagreement.Human, disagreement.Ai));
        Assert.Equal("Niveau 2 proposé pour C.1.1.1..", disagreement.Rationale);
        Assert.True(report.Overall.Grader.StandardisedMeanDifference > 0, "a grader one level too generous has a positive SMD");
    }

    [Fact]
    public void Pairs_a_pre_assessment_that_spells_codes_and_items_differently()
    {
        var evaluationCase = CalibrationFixtures.DossiersV1.Cases.Single(c => c.Id == "e2-moyen");
        var assessment = FakeEvaluators.Assessment(evaluationCase, l => FakeEvaluators.Criterion(l, l.Level), d => d.Presence);
        var respelled = assessment with
        {
            Criteria = assessment.Criteria.Select(c => c with { CompetenceId = "", Code = c.Code.Remove(1, 1) }).ToList(),
            Deliverables = assessment.Deliverables.Select(d => d with { ItemId = "", Item = d.Item.ToUpperInvariant().TrimEnd(',') }).ToList(),
        };

        var report = QualityReportBuilder.Build(
            CalibrationFixtures.DossiersV1 with { Cases = [evaluationCase] },
            [CaseOutcome.Succeeded(evaluationCase, respelled, TimeSpan.Zero)],
            Settings);

        Assert.Equal(7, report.Overall.Grader.Pairs);
        Assert.Equal(10, report.Deliverables.Items);
    }
}
