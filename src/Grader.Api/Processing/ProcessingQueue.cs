using Grader.Persistence;
using Hangfire;
using Microsoft.EntityFrameworkCore;

namespace Grader.Api.Processing;

/// <summary>Hands a processing row to Hangfire and notes the engine's job id on it.</summary>
public sealed class ProcessingQueue(IBackgroundJobClient jobs)
{
    public async Task EnqueueAsync(GraderDbContext context, Guid processingJobId, CancellationToken cancellationToken)
    {
        var backgroundJobId = jobs.Enqueue<ProcessDossierJob>(job => job.RunAsync(processingJobId, null));
        await context.ProcessingJobs.Where(j => j.Id == processingJobId)
            .ExecuteUpdateAsync(s => s.SetProperty(j => j.BackgroundJobId, backgroundJobId), cancellationToken);
    }
}
