using Grader.Pipeline.Calibration.Metrics;

namespace Grader.Pipeline.Tests.Calibration.Metrics;

public sealed class ConfusionMatrixTests
{
    [Fact]
    public void Counts_jury_levels_in_rows_and_grader_levels_in_columns_over_the_whole_scale()
    {
        var matrix = ConfusionMatrix.Compute(PairsOf.Levels([0, 1, 1, 2, 2], [0, 2, 2, 1, 2]), PairsOf.Scale);

        Assert.Equal(4, matrix.Counts.Count);
        Assert.All(matrix.Counts, row => Assert.Equal(4, row.Count));
        Assert.Equal(1, matrix[0, 0]);
        Assert.Equal(2, matrix[1, 2]);
        Assert.Equal(1, matrix[2, 1]);
        Assert.Equal(1, matrix[2, 2]);
        Assert.Equal(0, matrix[3, 3]);
        Assert.Equal(5, matrix.Counts.Sum(row => row.Sum()));
    }
}
