using Grader.Api.Processing;
using Grader.Api.Tests.Dossiers;
using Grader.Api.Tests.Review;
using Grader.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace Grader.Api.Tests.Processing;

public sealed class UnqueuedJobsRecoveryTests
{
    [Fact]
    public async Task A_row_the_job_storage_never_received_is_enqueued_once_past_the_grace_period_and_a_fresh_one_is_left_to_its_upload()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var factory = new ProcessingApiFactory();
        var session = await factory.CreateSessionAsync();
        var (stale, fresh) = await factory.WithDbAsync(async db =>
        {
            var dossier = await ReviewTestData.SeedDossierAsync(db, await db.Sessions.SingleAsync(s => s.Id == session.Id, ct), session.CandidateId);
            var old = new ProcessingJob { DossierId = dossier.Id, CreatedAt = DateTimeOffset.UtcNow - TimeSpan.FromMinutes(2) };
            var recent = new ProcessingJob { DossierId = dossier.Id, CreatedAt = DateTimeOffset.UtcNow };
            db.ProcessingJobs.AddRange(old, recent);
            await db.SaveChangesAsync(ct);
            return (old.Id, recent.Id);
        });
        var recovery = new UnqueuedJobsRecovery(factory.Services.GetRequiredService<IServiceScopeFactory>(), TimeProvider.System, NullLogger<UnqueuedJobsRecovery>.Instance);

        await recovery.EnqueueOrphansAsync(UnqueuedJobsRecovery.Grace, ct);

        var ids = await factory.WithDbAsync(db => db.ProcessingJobs.Where(j => j.Id == stale || j.Id == fresh).ToDictionaryAsync(j => j.Id, j => j.BackgroundJobId, ct));
        Assert.False(string.IsNullOrEmpty(ids[stale]));
        Assert.Null(ids[fresh]);
    }
}
