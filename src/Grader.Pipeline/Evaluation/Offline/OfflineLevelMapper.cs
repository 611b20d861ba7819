using Grader.Pipeline.Rubrics;

namespace Grader.Pipeline.Evaluation.Offline;

/// <summary>
/// Maps evidence onto the rubric's scale on four rungs — nothing, something, acquired, remarkable — read
/// from the scale itself (its minimum, the level below « acquis », « acquis », its maximum), so a rubric
/// with another scale still gets sensible levels. The top rung needs every strong signal at once.
/// </summary>
public sealed class OfflineLevelMapper(OfflineThresholds thresholds)
{
    public int Map(CompetenceEvidence evidence, RatingScale scale)
    {
        var acquired = scale.AcquiredFrom;
        var belowAcquired = scale.Levels.Where(l => l.Value < acquired).Select(l => l.Value).DefaultIfEmpty(scale.Min).Max();
        if (evidence.SupportingPassages == 0 || evidence.Coverage < thresholds.SomeEvidenceCoverage)
        {
            return scale.Min;
        }

        var isAcquired = evidence.Coverage >= thresholds.AcquiredCoverage
            && evidence.Cues.Count >= thresholds.AcquiredCueKinds
            && evidence.SupportingPassages >= thresholds.AcquiredSupportingPassages;
        if (!isAcquired)
        {
            return belowAcquired;
        }

        var isRemarkable = evidence.Coverage >= thresholds.TopCoverage
            && evidence.Cues.Count >= thresholds.TopCueKinds
            && evidence.SupportingPassages >= thresholds.TopSupportingPassages
            && evidence.DistinctSections >= thresholds.TopDistinctSections
            && evidence.MissingCriteria.Count == 0;
        return isRemarkable && scale.Max > acquired ? scale.Max : acquired;
    }

    /// <summary>Low by construction, higher with coverage, never above <see cref="OfflineThresholds.MaximumConfidence"/>.</summary>
    public double Confidence(CompetenceEvidence evidence) =>
        Math.Round(Math.Min(thresholds.MaximumConfidence, 0.2 + 0.3 * evidence.Coverage), 2);
}
