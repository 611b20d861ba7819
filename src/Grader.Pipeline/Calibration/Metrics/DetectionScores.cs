namespace Grader.Pipeline.Calibration.Metrics;

/// <summary>
/// Precision, recall and F1 of one positive class. Precision is null when nothing was predicted positive, recall
/// when nothing is positive: « undefined » is not « 0 », and reading it as 0 or 1 would flatter or punish at random.
/// F1 is null when either is null, and 0 when both are 0.
/// </summary>
public sealed record DetectionScores(int TruePositives, int FalsePositives, int FalseNegatives, int TrueNegatives)
{
    public int Total => TruePositives + FalsePositives + FalseNegatives + TrueNegatives;

    public int ActualPositives => TruePositives + FalseNegatives;

    public int PredictedPositives => TruePositives + FalsePositives;

    public double? Precision => PredictedPositives == 0 ? null : (double)TruePositives / PredictedPositives;

    public double? Recall => ActualPositives == 0 ? null : (double)TruePositives / ActualPositives;

    public double? F1 => (Precision, Recall) switch
    {
        ({ } p, { } r) when p + r > 0 => 2 * p * r / (p + r),
        ({ }, { }) => 0,
        _ => null,
    };

    /// <summary>Scores from (actual, predicted) outcomes, where true means the positive class.</summary>
    public static DetectionScores From(IEnumerable<(bool Actual, bool Predicted)> outcomes)
    {
        int tp = 0, fp = 0, fn = 0, tn = 0;
        foreach (var (actual, predicted) in outcomes)
        {
            switch (actual, predicted)
            {
                case (true, true): tp++; break;
                case (false, true): fp++; break;
                case (true, false): fn++; break;
                default: tn++; break;
            }
        }

        return new DetectionScores(tp, fp, fn, tn);
    }
}
