using System.Net.Http.Json;
using System.Text.Json;
using Grader.Api.Tests.Support;
using Grader.Persistence.Entities;
using Grader.Pipeline.Indexing;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Grader.Api.Tests.DataRights;

/// <summary>What "erased" and "untouched" mean, checked against every store the candidate's data lives in.</summary>
internal static class ErasureAssertions
{
    public static async Task AssertErasedAsync(GraderApiFactory factory, SeededCandidate seeded, CancellationToken ct)
    {
        var d = seeded.DossierId;
        var remaining = await factory.WithDbAsync(async db => new[]
        {
            await db.Candidates.CountAsync(c => c.Id == seeded.CandidateId, ct),
            await db.Enrolments.CountAsync(e => e.CandidateId == seeded.CandidateId, ct),
            await db.Dossiers.CountAsync(x => x.Id == d, ct),
            await db.DossierFiles.CountAsync(x => x.DossierId == d, ct),
            await db.ProcessingJobs.CountAsync(x => x.DossierId == d, ct),
            await db.PreAssessments.CountAsync(x => x.DossierId == d, ct),
            await db.Decisions.CountAsync(x => x.DossierId == d, ct),
            await db.FinalGrids.CountAsync(x => x.DossierId == d, ct),
            await db.FinalGridReopenings.CountAsync(x => x.ReopenedBy == seeded.Session.Juror.Id, ct),
            await db.FeedbackDrafts.CountAsync(x => x.DossierId == d, ct),
            await db.FeedbackReleases.CountAsync(x => x.DossierId == d, ct),
        });
        Assert.All(remaining, count => Assert.Equal(0, count));
        Assert.False(Directory.Exists(seeded.DossierFolder));
        Assert.All(seeded.Files, f => Assert.False(File.Exists(f.FullPath)));
        Assert.Equal(0, await factory.Services.GetRequiredService<IChunkIndex>().CountAsync(d.ToString(), ct));
        await using var scope = factory.Services.CreateAsyncScope();
        Assert.Null(await scope.ServiceProvider.GetRequiredService<UserManager<GraderUser>>().FindByIdAsync(seeded.Session.CandidateUser.Id));

        var entries = await factory.WithDbAsync(db => db.AuditEntries.AsNoTracking().Where(a => a.CandidateId == seeded.CandidateId).ToListAsync(ct));
        var erased = Assert.Single(entries, a => a.Action == "candidate.erased");
        Assert.All(entries.Where(a => a != erased), a => Assert.Null(a.Payload));
        Assert.All(entries.Where(a => a.Action is "dossier.uploaded" or "decision.recorded"), a => Assert.NotNull(a.RedactedAt));
        Assert.DoesNotContain("Camille", erased.Payload!, StringComparison.Ordinal);
    }

    public static async Task AssertUntouchedAsync(GraderApiFactory factory, SeededCandidate seeded, CancellationToken ct)
    {
        var d = seeded.DossierId;
        Assert.Equal(1, await factory.WithDbAsync(db => db.Candidates.CountAsync(c => c.Id == seeded.CandidateId, ct)));
        Assert.Equal(1, await factory.WithDbAsync(db => db.PreAssessments.CountAsync(x => x.DossierId == d, ct)));
        Assert.Equal(1, await factory.WithDbAsync(db => db.FinalGridReopenings.CountAsync(r => db.FinalGrids.Any(g => g.Id == r.FinalGridId && g.DossierId == d), ct)));
        Assert.All(seeded.Files, f => Assert.True(File.Exists(f.FullPath)));
        Assert.Equal(2, await factory.Services.GetRequiredService<IChunkIndex>().CountAsync(d.ToString(), ct));
        Assert.False(await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.CandidateId == seeded.CandidateId && a.Payload == null, ct)));
    }

    public static async Task AssertAuditChainIntactAsync(HttpClient admin, CancellationToken ct)
    {
        var verification = await admin.GetFromJsonAsync<JsonElement>("/api/audit/verify", ct);
        Assert.True(verification.GetProperty("intact").GetBoolean(), verification.ToString());
    }
}
