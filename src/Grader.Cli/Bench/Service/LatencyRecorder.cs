using System.Collections.Concurrent;

namespace Grader.Cli.Bench.Service;

/// <summary>Collects request durations and failures from concurrent workers; summarised once at the end.</summary>
internal sealed class LatencyRecorder
{
    private readonly ConcurrentBag<double> _milliseconds = [];
    private int _failures;

    public void Record(TimeSpan elapsed, bool success)
    {
        _milliseconds.Add(elapsed.TotalMilliseconds);
        if (!success)
        {
            Interlocked.Increment(ref _failures);
        }
    }

    public LatencySummary Summarise(TimeSpan wall)
    {
        var sorted = _milliseconds.Order().ToArray();
        return new LatencySummary(
            sorted.Length,
            _failures,
            sorted.Length / Math.Max(wall.TotalSeconds, 1e-9),
            Percentile(sorted, 0.50),
            Percentile(sorted, 0.95),
            Percentile(sorted, 0.99),
            sorted.Length == 0 ? 0 : sorted[^1]);
    }

    // Nearest-rank percentile: the smallest value with at least p of the samples at or below it.
    private static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? 0 : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
}

public sealed record LatencySummary(int Requests, int Failures, double RequestsPerSecond, double P50, double P95, double P99, double Max);
