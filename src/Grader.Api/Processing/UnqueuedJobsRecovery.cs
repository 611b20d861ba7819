using Grader.Persistence;
using Grader.Persistence.Entities;
using Microsoft.EntityFrameworkCore;

namespace Grader.Api.Processing;

/// <summary>
/// At start-up, hands to Hangfire the processing rows that never reached it: the upload saved the row, then the
/// process died before enqueuing. Without this, such a dossier would wait forever.
/// </summary>
internal sealed class UnqueuedJobsRecovery(IServiceScopeFactory scopes, ILogger<UnqueuedJobsRecovery> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<GraderDbContext>();
        var queue = scope.ServiceProvider.GetRequiredService<ProcessingQueue>();
        var orphans = await context.ProcessingJobs
            .Where(j => j.BackgroundJobId == null && (j.State == ProcessingState.Queued || j.State == ProcessingState.Running))
            .Select(j => j.Id)
            .ToListAsync(stoppingToken);
        foreach (var id in orphans)
        {
            logger.LogWarning("Processing job {JobId} was saved but never enqueued; enqueuing it now.", id);
            await queue.EnqueueAsync(context, id, stoppingToken);
        }
    }
}
