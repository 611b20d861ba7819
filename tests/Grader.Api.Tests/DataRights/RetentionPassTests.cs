using System.Text.Json;
using Grader.Api.DataRights;
using Grader.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Grader.Api.Tests.DataRights;

public sealed class RetentionPassTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_pass_erases_only_candidates_whose_every_session_closed_longer_ago_than_its_retention()
    {
        var clock = new MovableClock(DateTimeOffset.UtcNow);
        using var factory = DataRightsFactory.WithClock(clock);
        var now = clock.GetUtcNow();
        var shortRetention = await ClosedSessionAsync(factory, closedDaysAgo: 10, retentionDays: 5);
        var longRetention = await ClosedSessionAsync(factory, closedDaysAgo: 10, retentionDays: 30);
        var open = await ClosedSessionAsync(factory, closedDaysAgo: null, retentionDays: 1);
        var expired = await CandidateInAsync(factory, shortRetention);
        var laterExpired = await CandidateInAsync(factory, longRetention);
        var stillInAnOpenSession = await CandidateInAsync(factory, shortRetention, open);
        var pass = factory.Services.GetRequiredService<RetentionPass>();

        var first = await pass.RunAsync(Ct);

        Assert.Equal([expired], first.Erased);
        Assert.Empty(first.Failed);
        Assert.Equal(new[] { laterExpired, stillInAnOpenSession }.Order(), (await RemainingAsync(factory, expired, laterExpired, stillInAnOpenSession)).Order());
        var entry = await factory.WithDbAsync(db => db.AuditEntries.SingleAsync(a => a.CandidateId == expired && a.Action == "candidate.erased", Ct));
        Assert.Equal("system", entry.Actor);
        Assert.Equal("durée de conservation écoulée", JsonDocument.Parse(entry.Payload!).RootElement.GetProperty("after").GetProperty("reason").GetString());

        clock.Advance(TimeSpan.FromDays(21) - (clock.GetUtcNow() - now));
        var second = await pass.RunAsync(Ct);

        Assert.Equal([laterExpired], second.Erased);
        Assert.Equal([stillInAnOpenSession], await RemainingAsync(factory, expired, laterExpired, stillInAnOpenSession));
    }

    private static Task<Guid> ClosedSessionAsync(DataRightsFactory factory, int? closedDaysAgo, int retentionDays) =>
        factory.WithDbAsync(async db =>
        {
            var now = factory.Services.GetRequiredService<TimeProvider>().GetUtcNow();
            var session = new CertificationSession
            {
                Name = "Session close", RubricId = "developpement-commercial", RubricVersion = "1.1.0", Provider = "offline",
                ClosesAt = closedDaysAgo is { } days ? now.AddDays(-days) : null, RetentionDays = retentionDays,
            };
            db.Sessions.Add(session);
            await db.SaveChangesAsync(Ct);
            return session.Id;
        });

    private static Task<Guid> CandidateInAsync(DataRightsFactory factory, params Guid[] sessionIds) =>
        factory.WithDbAsync(async db =>
        {
            var candidate = new Candidate { PseudonymousId = $"cand-{Guid.NewGuid():N}"[..17], FullName = "Dominique Petit" };
            db.Candidates.Add(candidate);
            db.Enrolments.AddRange(sessionIds.Select(s => new Enrolment { SessionId = s, CandidateId = candidate.Id }));
            await db.SaveChangesAsync(Ct);
            return candidate.Id;
        });

    private static Task<List<Guid>> RemainingAsync(DataRightsFactory factory, params Guid[] candidateIds) =>
        factory.WithDbAsync(db => db.Candidates.Where(c => candidateIds.Contains(c.Id)).Select(c => c.Id).ToListAsync(Ct));
}
