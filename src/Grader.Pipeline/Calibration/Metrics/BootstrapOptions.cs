namespace Grader.Pipeline.Calibration.Metrics;

/// <summary>How the bootstrap is drawn. Seeded so that a report run twice gives the same interval.</summary>
public sealed record BootstrapOptions(int Resamples = 1000, int Seed = 20_251_126, double Level = 0.95)
{
    public static BootstrapOptions Default { get; } = new();
}
