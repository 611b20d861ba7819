using Grader.Pipeline.Calibration.Metrics;
using Grader.Pipeline.Calibration.Session;
using Grader.Pipeline.Rubrics;

namespace Grader.Pipeline.Tests.Calibration.Session;

/// <summary>Session agreement on small cases computed by hand (scale 0–3).</summary>
public sealed class SessionAgreementTests
{
    private static readonly RatingScale Scale = new(
        [new(0, "non démontré", null), new(1, "insuffisant", null), new(2, "acquis", null), new(3, "maîtrisé", null)], AcquiredFrom: 2);

    private static readonly BootstrapOptions Fast = new(Resamples: 200);

    private static readonly Guid A = Guid.Parse("aaaaaaaa-0000-0000-0000-000000000001");
    private static readonly Guid B = Guid.Parse("bbbbbbbb-0000-0000-0000-000000000002");

    // Dossier A (juror j1), dossier B (juror j2); B's C.2.2.4 has no AI level (oral-only) and is not a pair.
    private static readonly AgreementObservation[] Session =
    [
        new(B, "cand-b", "C2.1.1", AiLevel: 3, JuryLevel: 2, BlindLevel: null, "j2", "Plan solide mais sans budget."),
        new(A, "cand-a", "C.2.1.1.", AiLevel: 2, JuryLevel: 2, BlindLevel: null, "j1", ""),
        new(A, "cand-a", "C.2.2.1.", AiLevel: 2, JuryLevel: 1, BlindLevel: null, "j1", "Cible trop vague."),
        new(B, "cand-b", "C.2.2.1.", AiLevel: 1, JuryLevel: 1, BlindLevel: null, "j2", ""),
        new(B, "cand-b", "C.2.2.4.", AiLevel: null, JuryLevel: 2, BlindLevel: null, "j2", ""),
    ];

    [Fact]
    public void Overall_figures_match_the_hand_computation()
    {
        var report = SessionAgreement.Compute(Session, Scale, Fast);

        Assert.Equal(5, report.Observations);
        Assert.Equal(1, report.Excluded);
        var overall = report.Overall;
        Assert.Equal(4, overall.Pairs);
        Assert.Equal(0.5, overall.ExactAgreement);
        Assert.Equal(1.0, overall.AdjacentAgreement);
        Assert.Equal(0.5, overall.MeanAbsoluteError);
        // Observed weighted disagreement 2/9, expected 4/9 from the marginals (jury 1,1,2,2; AI 1,2,2,3).
        Assert.Equal(0.5, overall.Kappa!.Value, 10);
        // AI mean 2, jury mean 1.5, sample variances 2/3 and 1/3: pooled SD √0.5.
        Assert.Equal(0.5 / Math.Sqrt(0.5), overall.StandardisedMeanDifference!.Value, 10);
        Assert.Equal(1, overall.Confusion[1, 1]);
        Assert.Equal(1, overall.Confusion[1, 2]);
        Assert.Equal(1, overall.Confusion[2, 2]);
        Assert.Equal(1, overall.Confusion[2, 3]);
        Assert.Equal(4, overall.Confusion.Counts.Sum(row => row.Sum()));
        Assert.NotNull(overall.KappaInterval);
    }

    [Fact]
    public void Criteria_group_spellings_of_one_code_and_jurors_their_own_decisions()
    {
        var report = SessionAgreement.Compute(Session, Scale, Fast);

        Assert.Equal(2, report.Criteria.Count);
        var planning = report.Criteria[0];
        Assert.Equal("C2.1.1", planning.Key);
        Assert.Equal(2, planning.Metrics.Pairs);
        Assert.Equal(0.5, planning.Metrics.ExactAgreement);
        // The jury gave 2 twice, the AI 2 and 3: observed = expected = 1/9, kappa 0.
        Assert.Equal(0.0, planning.Metrics.Kappa!.Value, 10);
        Assert.Equal(["C2.1.1", "C.2.2.1."], report.Criteria.Select(c => c.Key));

        Assert.Equal(["j1", "j2"], report.Jurors.Select(j => j.Key));
        Assert.All(report.Jurors, j => Assert.Equal((2, 0.5, 0.5), (j.Metrics.Pairs, j.Metrics.ExactAgreement, j.Metrics.MeanAbsoluteError)));
        Assert.Equal((1.5, 2.0), (report.Jurors[0].Metrics.HumanMean!.Value, report.Jurors[0].Metrics.AiMean!.Value));
    }

    [Fact]
    public void Every_disagreement_is_listed_with_both_levels_and_the_comment()
    {
        var report = SessionAgreement.Compute(Session, Scale, Fast);

        Assert.Equal(
            [("cand-a", "C.2.2.1.", 2, 1, "Cible trop vague."), ("cand-b", "C2.1.1", 3, 2, "Plan solide mais sans budget.")],
            report.Disagreements.Select(d => (d.CandidateId, d.CompetenceCode, d.AiLevel!.Value, d.JuryLevel!.Value, d.Comment!)));
        Assert.Null(report.Blind);
    }

    [Fact]
    public void Blind_levels_measure_how_far_jurors_moved_toward_the_ai()
    {
        AgreementObservation Blind(string code, int ai, int blind, int final) => new(A, "cand-a", code, ai, final, blind, "j1", "");
        var observations = new[]
        {
            Blind("C.2.1.1", ai: 3, blind: 1, final: 2), // closer by 1
            Blind("C.2.1.2", ai: 2, blind: 2, final: 2), // unchanged
            Blind("C.2.2.1", ai: 0, blind: 2, final: 3), // further by 1
            Blind("C.2.2.2", ai: 2, blind: 0, final: 2), // closer by 2
        };

        var blind = SessionAgreement.Compute(observations, Scale, Fast).Blind;

        Assert.NotNull(blind);
        Assert.Equal(new BlindShift(Pairs: 4, Changed: 3, Closer: 2, Further: 1, MeanShiftTowardAi: 0.5), blind.Shift);
        Assert.Equal(0.25, blind.BlindVersusAi.ExactAgreement);
        Assert.Equal(0.5, blind.FinalVersusAi.ExactAgreement);
        Assert.Equal(4, blind.BlindVersusAi.Pairs);
    }

    [Fact]
    public void No_pairs_and_levels_off_the_scale_give_undefined_figures_not_zeros()
    {
        var report = SessionAgreement.Compute(
            [new(A, "cand-a", "C.2.1.1", AiLevel: 7, JuryLevel: 2, BlindLevel: null, "j1", ""), new(A, "cand-a", "C.2.1.2", null, null, null, "j1", "")], Scale, Fast);

        Assert.Equal((2, 2, 0), (report.Observations, report.Excluded, report.Overall.Pairs));
        Assert.Null(report.Overall.ExactAgreement);
        Assert.Null(report.Overall.Kappa);
        Assert.Empty(report.Criteria);
        Assert.Empty(report.Disagreements);
    }
}
