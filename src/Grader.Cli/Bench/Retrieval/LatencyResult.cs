namespace Grader.Cli.Bench.Retrieval;

/// <summary>Per-request latency of one configuration in one scenario, in milliseconds.</summary>
internal sealed record LatencyFigure(string Scenario, string Configuration, string RequestKind, int Requests, double P50, double P95, double Mean)
{
    public static LatencyFigure From(string scenario, string configuration, string requestKind, List<double> timings)
    {
        timings.Sort();
        return new LatencyFigure(
            scenario,
            configuration,
            requestKind,
            timings.Count,
            Percentile(timings, 0.50),
            Percentile(timings, 0.95),
            timings.Count == 0 ? 0 : timings.Average());
    }

    private static double Percentile(List<double> sorted, double share) =>
        sorted.Count == 0 ? 0 : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(share * sorted.Count) - 1)];
}

/// <summary>The latency part of the report, with how the measured indexes were built (French sentences).</summary>
internal sealed record LatencyResult(IReadOnlyList<LatencyFigure> Figures, IReadOnlyList<string> Notes);
