using Grader.Pipeline.Evaluation.Orchestration;

namespace Grader.Api.Processing;

/// <summary>
/// While a job runs: receives the pipeline's progress (from concurrent compétences, so it only keeps the latest) and
/// writes it to the row at most once per <see cref="JobsOptions.ProgressWriteInterval"/>, renewing the lease with each
/// write and at least once per <see cref="JobsOptions.HeartbeatInterval"/>. When a write finds the row taken over,
/// <see cref="Lost"/> is cancelled so that the job stops working for nothing.
/// </summary>
public sealed class LeaseKeeper : IProgress<EvaluationProgress>, IAsyncDisposable
{
    private readonly ProcessingLease _lease;
    private readonly TimeProvider _clock;
    private readonly ILogger _logger;
    private readonly CancellationTokenSource _lost = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly TimeSpan _heartbeat;
    private readonly TimeSpan _tick;
    private readonly Task _loop;
    private EvaluationProgress? _latest;
    private EvaluationProgress? _written;

    public LeaseKeeper(ProcessingLease lease, JobsOptions options, TimeProvider clock, ILogger logger)
    {
        _lease = lease;
        _clock = clock;
        _logger = logger;
        _heartbeat = options.HeartbeatInterval;
        var progressInterval = options.ProgressWriteInterval > TimeSpan.Zero ? options.ProgressWriteInterval : TimeSpan.FromMilliseconds(100);
        _tick = progressInterval < _heartbeat ? progressInterval : _heartbeat;
        _loop = Task.Run(LoopAsync);
    }

    /// <summary>Cancelled when another worker took the row over.</summary>
    public CancellationToken Lost => _lost.Token;

    public void Report(EvaluationProgress value) => Interlocked.Exchange(ref _latest, value);

    /// <summary>Writes the latest progress now (before the result is saved, so that the user sees every compétence counted).</summary>
    public Task<bool> FlushAsync(CancellationToken cancellationToken) => WriteAsync(cancellationToken);

    /// <summary>Stops renewing, before the holder writes its outcome (after which the row is no longer "running").</summary>
    public async Task StopAsync()
    {
        if (!_stop.IsCancellationRequested)
        {
            await _stop.CancelAsync();
        }

        try
        {
            await _loop;
        }
        catch (OperationCanceledException)
        {
            // The loop ends with the stop token.
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        _stop.Dispose();
        _lost.Dispose();
    }

    private async Task LoopAsync()
    {
        var lastWrite = _clock.GetUtcNow();
        while (!_stop.IsCancellationRequested)
        {
            await Task.Delay(_tick, _clock, _stop.Token);
            var progressChanged = !Equals(Volatile.Read(ref _latest), _written);
            if (!progressChanged && _clock.GetUtcNow() - lastWrite < _heartbeat)
            {
                continue;
            }

            try
            {
                if (!await WriteAsync(_stop.Token))
                {
                    _logger.LogWarning("Processing job {JobId} was taken over by another worker; attempt {Attempt} stops.", _lease.JobId, _lease.Attempt);
                    await _lost.CancelAsync();
                    return;
                }

                lastWrite = _clock.GetUtcNow();
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // A missed heartbeat is not fatal: the lease outlives several of them. The next tick tries again.
                _logger.LogWarning(ex, "Could not renew the lease of processing job {JobId}.", _lease.JobId);
            }
        }
    }

    private async Task<bool> WriteAsync(CancellationToken cancellationToken)
    {
        var progress = Volatile.Read(ref _latest);
        var written = progress is null
            ? await _lease.UpdateAsync(_ => { }, cancellationToken)
            : await _lease.UpdateAsync(
                s => s.SetProperty(j => j.Stage, ProcessingStages.Evaluating)
                    .SetProperty(j => j.CriteriaDone, progress.CompetencesDone)
                    .SetProperty(j => j.CriteriaTotal, progress.CompetencesTotal),
                cancellationToken);
        if (written)
        {
            _written = progress;
        }

        return written;
    }
}
