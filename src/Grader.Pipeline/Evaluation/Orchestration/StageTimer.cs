using System.Collections.Concurrent;
using System.Diagnostics;
using Grader.Pipeline.Evaluation.Model;

namespace Grader.Pipeline.Evaluation.Orchestration;

/// <summary>
/// Collects how long each stage took, for provenance. Stages that run once per compétence in parallel add up
/// their durations (CPU or waiting time spent), which is what a cost estimate needs.
/// </summary>
public sealed class StageTimer
{
    private readonly ConcurrentDictionary<string, long> ticks = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> order = new();

    public T Measure<T>(string stage, Func<T> work)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            return work();
        }
        finally
        {
            Add(stage, Stopwatch.GetElapsedTime(started));
        }
    }

    public async Task<T> MeasureAsync<T>(string stage, Func<Task<T>> work)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            return await work();
        }
        finally
        {
            Add(stage, Stopwatch.GetElapsedTime(started));
        }
    }

    public void Add(string stage, TimeSpan duration)
    {
        if (ticks.TryAdd(stage, duration.Ticks))
        {
            order.Enqueue(stage);
            return;
        }

        ticks.AddOrUpdate(stage, duration.Ticks, (_, existing) => existing + duration.Ticks);
    }

    public IReadOnlyList<StageTiming> Timings => order.Select(s => new StageTiming(s, TimeSpan.FromTicks(ticks[s]))).ToList();
}
