using Grader.Pipeline.Evaluation.Model;

namespace Grader.Pipeline.Calibration.Metrics;

/// <summary>
/// How well Grader tells which deliverable items are missing. The question a juror asks is « what is absent? »,
/// so « partial » counts as present on both sides: the item is there, however weak — as the eval-set labels
/// put it (a deliverable is <c>true</c> when the dossier contains it).
/// </summary>
public sealed record DeliverableDetection(DetectionScores Absent, DetectionScores Present)
{
    public static DeliverableDetection Compute(IReadOnlyCollection<DeliverablePair> pairs) => new(
        DetectionScores.From(pairs.Select(p => (IsAbsent(p.Human), IsAbsent(p.Ai)))),
        DetectionScores.From(pairs.Select(p => (!IsAbsent(p.Human), !IsAbsent(p.Ai)))));

    public static bool IsAbsent(DeliverablePresence presence) => presence == DeliverablePresence.Absent;
}
