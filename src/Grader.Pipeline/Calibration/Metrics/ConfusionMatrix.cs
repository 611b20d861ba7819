namespace Grader.Pipeline.Calibration.Metrics;

/// <summary>
/// Counts of (jury level, Grader level) over the whole scale: <c>Counts[row][column]</c>, rows are the jury's
/// levels and columns Grader's, both from <see cref="LevelRange.Min"/> upwards. Jagged so that it serialises as JSON.
/// </summary>
public sealed record ConfusionMatrix(LevelRange Range, IReadOnlyList<IReadOnlyList<int>> Counts)
{
    public static ConfusionMatrix Compute(IEnumerable<LevelPair> pairs, LevelRange range)
    {
        var counts = new int[range.Count][];
        for (var i = 0; i < counts.Length; i++)
        {
            counts[i] = new int[range.Count];
        }

        foreach (var pair in pairs)
        {
            counts[range.IndexOf(pair.Human)][range.IndexOf(pair.Ai)]++;
        }

        return new ConfusionMatrix(range, counts);
    }

    public int this[int humanLevel, int aiLevel] => Counts[Range.IndexOf(humanLevel)][Range.IndexOf(aiLevel)];
}
