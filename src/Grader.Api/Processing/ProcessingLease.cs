using Grader.Persistence;
using Grader.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;

namespace Grader.Api.Processing;

/// <summary>
/// A worker's claim on one processing row. Hangfire decides which worker runs a job, but after a crash or with a
/// job running longer than the invisibility timeout two workers may hold the same job: the row decides. A claim is a
/// conditional update on the attempt number, so of two claimants one wins; every later write of the holder is
/// conditioned on its attempt number (a fencing token), so a holder whose claim was taken over can no longer write.
/// </summary>
public sealed class ProcessingLease
{
    private readonly IServiceScopeFactory _scopes;
    private readonly TimeProvider _clock;

    private ProcessingLease(IServiceScopeFactory scopes, TimeProvider clock, Guid jobId, int attempt)
    {
        _scopes = scopes;
        _clock = clock;
        JobId = jobId;
        Attempt = attempt;
    }

    public Guid JobId { get; }

    /// <summary>The value of <see cref="ProcessingJob.Attempts"/> this holder wrote when it claimed the row.</summary>
    public int Attempt { get; }

    /// <summary>
    /// Claims the row, waiting while another holder shows signs of life. Null when there is nothing left to do: the row is
    /// gone or finished.
    /// </summary>
    public static async Task<ProcessingLease?> AcquireAsync(
        IServiceScopeFactory scopes, TimeProvider clock, Guid jobId, TimeSpan staleAfter, TimeSpan pollInterval, ILogger logger, CancellationToken cancellationToken)
    {
        while (true)
        {
            await using var scope = scopes.CreateAsyncScope();
            var context = scope.ServiceProvider.GetRequiredService<GraderDbContext>();
            var seen = await context.ProcessingJobs.AsNoTracking().FirstOrDefaultAsync(j => j.Id == jobId, cancellationToken);
            if (seen is null || seen.State is ProcessingState.Succeeded or ProcessingState.Failed)
            {
                return null;
            }

            var now = clock.GetUtcNow();
            var silentFor = now - seen.UpdatedAt;
            if (seen.State == ProcessingState.Running && silentFor < staleAfter)
            {
                // Another worker holds it and is alive (or died less than staleAfter ago): wait, then look again.
                var wait = staleAfter - silentFor;
                await Task.Delay(wait < pollInterval ? wait : pollInterval, clock, cancellationToken);
                continue;
            }

            var attempt = seen.Attempts + 1;
            var claimed = await context.ProcessingJobs
                .Where(j => j.Id == jobId && j.Attempts == seen.Attempts && j.State == seen.State)
                .ExecuteUpdateAsync(
                    s => s.SetProperty(j => j.State, ProcessingState.Running)
                        .SetProperty(j => j.Attempts, attempt)
                        .SetProperty(j => j.StartedAt, seen.StartedAt ?? now)
                        .SetProperty(j => j.UpdatedAt, now)
                        .SetProperty(j => j.FailureCode, (string?)null)
                        .SetProperty(j => j.FailureReason, (string?)null),
                    cancellationToken);
            if (claimed == 1)
            {
                logger.LogInformation(
                    "Processing job {JobId}: attempt {Attempt} claimed the row ({State}, silent for {Silent}).", jobId, attempt, seen.State, silentFor);
                return new ProcessingLease(scopes, clock, jobId, attempt);
            }
        }
    }

    /// <summary>Writes to the row if this holder still holds it (always renewing the lease); false when it was taken over.</summary>
    public async Task<bool> UpdateAsync(Action<UpdateSettersBuilder<ProcessingJob>> set, CancellationToken cancellationToken)
    {
        await using var scope = _scopes.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<GraderDbContext>();
        return await UpdateAsync(context, set, cancellationToken);
    }

    /// <summary>The same, on a context the caller owns (inside its transaction).</summary>
    public async Task<bool> UpdateAsync(GraderDbContext context, Action<UpdateSettersBuilder<ProcessingJob>> set, CancellationToken cancellationToken)
    {
        var now = _clock.GetUtcNow();
        var updated = await context.ProcessingJobs
            .Where(j => j.Id == JobId && j.Attempts == Attempt && j.State == ProcessingState.Running)
            .ExecuteUpdateAsync(
                s =>
                {
                    s.SetProperty(j => j.UpdatedAt, now);
                    set(s);
                },
                cancellationToken);
        return updated == 1;
    }

    /// <summary>Gives the row back (shutdown, or a retry to come), so that the next worker need not wait for the lease to expire.</summary>
    public Task<bool> ReleaseAsync(string? failureCode, string? failureReason, CancellationToken cancellationToken) =>
        UpdateAsync(
            s => s.SetProperty(j => j.State, ProcessingState.Queued)
                .SetProperty(j => j.Stage, ProcessingStages.Queued)
                .SetProperty(j => j.FailureCode, failureCode)
                .SetProperty(j => j.FailureReason, failureReason),
            cancellationToken);
}
