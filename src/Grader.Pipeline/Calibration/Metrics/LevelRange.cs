using Grader.Pipeline.Rubrics;

namespace Grader.Pipeline.Calibration.Metrics;

/// <summary>
/// The levels a metric ranges over. Kappa weights and the confusion matrix use the rubric's whole scale, not
/// only the levels observed, so that a criterion where nobody used level 3 is still weighed on 0–3.
/// </summary>
public readonly record struct LevelRange(int Min, int Max)
{
    public int Count => Max - Min + 1;

    public static LevelRange Of(RatingScale scale) => new(scale.Min, scale.Max);

    public bool Contains(int level) => level >= Min && level <= Max;

    public int IndexOf(int level) => Contains(level)
        ? level - Min
        : throw new ArgumentOutOfRangeException(nameof(level), level, $"Level outside {Min}..{Max}.");
}
