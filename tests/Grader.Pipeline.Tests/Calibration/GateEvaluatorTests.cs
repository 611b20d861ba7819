using Grader.Pipeline.Calibration.Gates;
using Grader.Pipeline.Calibration.Metrics;
using Grader.Pipeline.Tests.Calibration.Metrics;

namespace Grader.Pipeline.Tests.Calibration;

public sealed class GateEvaluatorTests
{
    private static readonly GateThresholds Gates = GateThresholds.Default;

    [Fact]
    public void Passes_identical_levels_and_says_why_in_french()
    {
        var gate = Evaluate([0, 1, 2, 3], [0, 1, 2, 3]);

        Assert.Equal(GateStatus.Passed, gate.Status);
        Assert.Equal("réussi", gate.StatusLabel);
        Assert.Contains("QWK 1,00 ≥ 0,70.", gate.Reasons);
        Assert.Contains("|DMS| 0,00 ≤ 0,15.", gate.Reasons);
    }

    [Fact]
    public void Fails_a_low_kappa_and_a_large_mean_difference()
    {
        // By hand: Grader one level under the jury everywhere: both variances 2,75 / 3, SMD = −1 / √(2,75 / 3) = −1,04.
        var gate = Evaluate([1, 2, 3, 1], [0, 1, 2, 0]);

        Assert.Equal(GateStatus.Failed, gate.Status);
        Assert.Contains(gate.Reasons, r => r.StartsWith("|DMS| 1,04 > 0,15\u00A0: Grader note plus bas que le jury", StringComparison.Ordinal));
    }

    [Fact]
    public void Has_not_enough_data_below_the_minimum_pairs_or_with_an_undefined_kappa()
    {
        var few = Evaluate([1, 2], [1, 2]);
        Assert.Equal(GateStatus.NotEnoughData, few.Status);
        Assert.Equal("données insuffisantes", few.StatusLabel);
        Assert.Contains("il en faut au moins 3", few.Reasons[0], StringComparison.Ordinal);

        // Both raters at level 2 everywhere: QWK undefined, SMD 0 — undefined never passes.
        var constant = Evaluate([2, 2, 2], [2, 2, 2]);
        Assert.Equal(GateStatus.NotEnoughData, constant.Status);
        Assert.Contains(constant.Reasons, r => r.StartsWith("QWK non défini", StringComparison.Ordinal));
    }

    [Fact]
    public void Fails_when_grader_falls_more_than_the_margin_below_the_second_juror()
    {
        // Jury [0,1,2,3], second juror identical (QWK 1), Grader [0,1,2,3] except one level off: QWK < 0,90.
        var human = GateEvaluator.HumanAgreement([(0, 0, 0), (1, 1, 2), (2, 2, 1), (3, 3, 3)], PairsOf.Scale);
        Assert.NotNull(human);
        Assert.Equal(1, human.HumanHumanKappa);
        Assert.Equal(0.8, human.HumanAiKappa!.Value, 10);
        Assert.Equal(0.2, human.Degradation!.Value, 10);

        var pairs = PairsOf.Levels([0, 1, 2, 3], [0, 2, 1, 3]);
        var gate = GateEvaluator.Evaluate("C.1.1.1.", "c-1-1-1", LevelMetrics.Compute(pairs, PairsOf.Scale, new BootstrapOptions(10)), human, Gates);

        Assert.Equal(GateStatus.Failed, gate.Status);
        Assert.Contains(gate.Reasons, r => r.Contains("humain–humain 1,00, écart 0,20 > 0,10", StringComparison.Ordinal));
    }

    [Fact]
    public void Human_agreement_is_absent_without_double_marks()
    {
        Assert.Null(GateEvaluator.HumanAgreement([], PairsOf.Scale));
    }

    private static CriterionGate Evaluate(int[] human, int[] ai) =>
        GateEvaluator.Evaluate("C.1.1.1.", "c-1-1-1", LevelMetrics.Compute(PairsOf.Levels(human, ai), PairsOf.Scale, new BootstrapOptions(10)), null, Gates);
}
