using Grader.Persistence;
using Grader.Persistence.Entities;
using Microsoft.EntityFrameworkCore;

namespace Grader.Api.Processing;

/// <summary>
/// Hands to Hangfire the processing rows that never reached it: the upload saved the row, then the process died or the
/// job storage refused the enqueue (a busy SQLite file under load). At start-up, then every minute, for rows older than
/// <see cref="Grace"/> (an upload in progress enqueues its own row within milliseconds). Without this, such a dossier
/// would wait forever.
/// </summary>
internal sealed class UnqueuedJobsRecovery(IServiceScopeFactory scopes, TimeProvider clock, ILogger<UnqueuedJobsRecovery> logger) : BackgroundService
{
    public static readonly TimeSpan Grace = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan Period = TimeSpan.FromMinutes(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // The grace applies at start-up too: another instance may be in the middle of an upload. A failing pass is
        // logged and retried: an exception leaving a background service would stop the whole host.
        using var timer = new PeriodicTimer(Period, clock);
        try
        {
            do
            {
                try
                {
                    await EnqueueOrphansAsync(Grace, stoppingToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    logger.LogError(ex, "Could not enqueue orphan processing jobs; next try in {Period}.", Period);
                }
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The service is stopping.
        }
    }

    /// <param name="olderThan">Only rows created at least this long ago.</param>
    public async Task EnqueueOrphansAsync(TimeSpan olderThan, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<GraderDbContext>();
        var queue = scope.ServiceProvider.GetRequiredService<ProcessingQueue>();
        var before = clock.GetUtcNow() - olderThan;
        var orphans = await context.ProcessingJobs
            .Where(j => j.BackgroundJobId == null && (j.State == ProcessingState.Queued || j.State == ProcessingState.Running) && j.CreatedAt <= before)
            .Select(j => j.Id)
            .ToListAsync(cancellationToken);
        foreach (var id in orphans)
        {
            logger.LogWarning("Processing job {JobId} was saved but never enqueued; enqueuing it now.", id);
            await queue.EnqueueAsync(context, id, cancellationToken);
        }
    }
}
