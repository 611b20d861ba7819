using Grader.Pipeline.Calibration.Metrics;

namespace Grader.Pipeline.Tests.Calibration.Metrics;

internal static class PairsOf
{
    public static readonly LevelRange Scale = new(0, 3);

    /// <summary>Pairs from two parallel arrays: the jury's levels and Grader's.</summary>
    public static List<LevelPair> Levels(int[] human, int[] ai) => human.Zip(ai, (h, a) => new LevelPair(h, a)).ToList();
}
