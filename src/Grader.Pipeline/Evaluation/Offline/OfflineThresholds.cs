namespace Grader.Pipeline.Evaluation.Offline;

/// <summary>
/// Every number the offline heuristics decide with, in one place so that calibration (issue 7) can fit them
/// against the jury's grades without touching the logic. The defaults lean towards under-estimating: a
/// juror who finds more than the draft says loses little; one misled by a generous draft loses a lot.
/// </summary>
public sealed record OfflineThresholds
{
    public static OfflineThresholds Default { get; } = new();

    /// <summary>How many of the ranked passages the cues are read from.</summary>
    public int TopPassages { get; init; } = 5;

    /// <summary>A passage supports a criterion when it holds at least this share of the criterion's terms…</summary>
    public double SupportingPassageCoverage { get; init; } = 0.3;

    /// <summary>…or at least this many of them.</summary>
    public int SupportingPassageTerms { get; init; } = 4;

    /// <summary>A criterion sentence whose terms reach less than this share across the top passages is reported missing.</summary>
    public double CriterionFoundCoverage { get; init; } = 0.5;

    /// <summary>Below this coverage of the compétence's terms, nothing is demonstrated (lowest level).</summary>
    public double SomeEvidenceCoverage { get; init; } = 0.2;

    /// <summary>The « acquis » level needs this coverage, these many kinds of cues and supporting passages.</summary>
    public double AcquiredCoverage { get; init; } = 0.32;

    public int AcquiredCueKinds { get; init; } = 3;

    public int AcquiredSupportingPassages { get; init; } = 3;

    /// <summary>The top level needs all of these at once: strong, varied, multi-passage, multi-section support and no missing criterion.</summary>
    public double TopCoverage { get; init; } = 0.5;

    public int TopCueKinds { get; init; } = 4;

    public int TopSupportingPassages { get; init; } = 4;

    public int TopDistinctSections { get; init; } = 3;

    /// <summary>Offline confidence never exceeds this: a heuristic is a pointer, not a judgement.</summary>
    public double MaximumConfidence { get; init; } = 0.5;

    /// <summary>Deliverable item: share of its terms found in its best passage for « present », and for « partial ».</summary>
    public double DeliverablePresentCoverage { get; init; } = 0.6;

    public double DeliverablePartialCoverage { get; init; } = 0.34;

    /// <summary>Evidence sentences proposed per criterion.</summary>
    public int MaximumQuotes { get; init; } = 3;
}
