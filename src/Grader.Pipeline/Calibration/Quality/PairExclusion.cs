namespace Grader.Pipeline.Calibration.Quality;

/// <summary>Why a labelled compétence gives no level pair. Counted in the report, never silently dropped.</summary>
public enum PairExclusion
{
    /// <summary>The jury gave no level: only the oral can judge it.</summary>
    HumanNoLevel,

    /// <summary>Grader's assessment of the compétence failed (provider error, invalid answer...).</summary>
    Failed,

    /// <summary>Grader proposed no level (it judged the compétence oral-only).</summary>
    AiNoLevel,

    /// <summary>Grader's pre-assessment does not mention the compétence at all.</summary>
    NotAssessed,
}

/// <summary>How many pairs were left out, by reason.</summary>
public sealed record ExclusionCounts(int HumanNoLevel, int Failed, int AiNoLevel, int NotAssessed)
{
    public int Total => HumanNoLevel + Failed + AiNoLevel + NotAssessed;

    public static ExclusionCounts Count(IEnumerable<PairExclusion> exclusions)
    {
        var list = exclusions.ToList();
        return new ExclusionCounts(
            list.Count(e => e == PairExclusion.HumanNoLevel),
            list.Count(e => e == PairExclusion.Failed),
            list.Count(e => e == PairExclusion.AiNoLevel),
            list.Count(e => e == PairExclusion.NotAssessed));
    }
}
