using Grader.Pipeline.Calibration.Metrics;
using Grader.Pipeline.Evaluation.Model;
using static Grader.Pipeline.Evaluation.Model.DeliverablePresence;

namespace Grader.Pipeline.Tests.Calibration.Metrics;

public sealed class DeliverableDetectionTests
{
    // Jury:   absent, absent,  present, present, partial, absent
    // Grader: absent, present, absent,  present, present, partial
    private static readonly List<DeliverablePair> Pairs =
    [
        new(Absent, Absent), new(Absent, Present), new(Present, Absent),
        new(Present, Present), new(Partial, Present), new(Absent, Partial),
    ];

    [Fact]
    public void Scores_the_detection_of_absent_items_with_partial_as_present()
    {
        // Absent is the positive class. TP = 1 (first), FN = 2 (second, and the last: « partial » counts as present),
        // FP = 1 (third), TN = 2. Precision 1/2, recall 1/3, F1 = 2 × ½ × ⅓ / (½ + ⅓) = 0.4.
        var absent = DeliverableDetection.Compute(Pairs).Absent;

        Assert.Equal(new DetectionScores(1, 1, 2, 2), absent);
        Assert.Equal(0.5, absent.Precision!.Value, 12);
        Assert.Equal(1.0 / 3, absent.Recall!.Value, 12);
        Assert.Equal(0.4, absent.F1!.Value, 12);
    }

    [Fact]
    public void Scores_the_detection_of_present_items()
    {
        // Present (or partial) is positive: TP = 2 (4th, 5th), FP = 2 (2nd, 6th), FN = 1 (3rd), TN = 1.
        // Precision 1/2, recall 2/3, F1 = 2 × ½ × ⅔ / (½ + ⅔) = 4/7.
        var present = DeliverableDetection.Compute(Pairs).Present;

        Assert.Equal(new DetectionScores(2, 2, 1, 1), present);
        Assert.Equal(4.0 / 7, present.F1!.Value, 12);
    }

    [Fact]
    public void Undefined_precision_or_recall_is_null_not_zero()
    {
        // « Every item present » never predicts absent: precision undefined, recall 0.
        var baseline = DeliverableDetection.Compute([new(Absent, Present), new(Present, Present)]).Absent;
        Assert.Null(baseline.Precision);
        Assert.Equal(0.0, baseline.Recall);
        Assert.Null(baseline.F1);

        // Nothing absent in the dossier, nothing flagged: recall and precision both undefined.
        var nothing = DeliverableDetection.Compute([new(Present, Present)]).Absent;
        Assert.Null(nothing.Recall);
        Assert.Null(nothing.Precision);
    }

    [Fact]
    public void F1_is_zero_when_precision_and_recall_are_both_zero()
    {
        var wrong = DeliverableDetection.Compute([new(Absent, Present), new(Present, Absent)]).Absent;

        Assert.Equal(0.0, wrong.F1);
    }
}
