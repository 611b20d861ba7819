namespace Grader.Pipeline.Calibration.Gates;

/// <summary>
/// The acceptance gate of a criterion, in the style of automated-scoring practice (Williamson, Xi and Breyer, 2012):
/// QWK with the jury ≥ <see cref="MinimumKappa"/>, |standardised mean difference| ≤ <see cref="MaximumAbsoluteSmd"/>, and,
/// where dossiers were marked twice, human–AI QWK no more than <see cref="MaximumDegradation"/> below human–human QWK.
/// Below <see cref="MinimumPairs"/> compared levels a criterion is « not enough data », never « passed ».
/// </summary>
public sealed record GateThresholds(double MinimumKappa = 0.70, double MaximumAbsoluteSmd = 0.15, double MaximumDegradation = 0.10, int MinimumPairs = 3)
{
    public static GateThresholds Default { get; } = new();
}
