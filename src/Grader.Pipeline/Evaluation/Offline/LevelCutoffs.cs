namespace Grader.Pipeline.Evaluation.Offline;

/// <summary>
/// The part of <see cref="OfflineThresholds"/> that turns evidence into a level (<see cref="OfflineLevelMapper"/>): what
/// calibration fits per criterion. The thresholds that decide what counts as evidence stay as shipped.
/// </summary>
public sealed record LevelCutoffs(
    double SomeEvidenceCoverage,
    double AcquiredCoverage,
    int AcquiredCueKinds,
    int AcquiredSupportingPassages,
    double TopCoverage,
    int TopCueKinds,
    int TopSupportingPassages,
    int TopDistinctSections)
{
    public static LevelCutoffs From(OfflineThresholds t) => new(
        t.SomeEvidenceCoverage, t.AcquiredCoverage, t.AcquiredCueKinds, t.AcquiredSupportingPassages,
        t.TopCoverage, t.TopCueKinds, t.TopSupportingPassages, t.TopDistinctSections);

    public OfflineThresholds Apply(OfflineThresholds t) => t with
    {
        SomeEvidenceCoverage = SomeEvidenceCoverage,
        AcquiredCoverage = AcquiredCoverage,
        AcquiredCueKinds = AcquiredCueKinds,
        AcquiredSupportingPassages = AcquiredSupportingPassages,
        TopCoverage = TopCoverage,
        TopCueKinds = TopCueKinds,
        TopSupportingPassages = TopSupportingPassages,
        TopDistinctSections = TopDistinctSections,
    };
}
