using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Grader.Api.Identity;
using Grader.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Grader.Api.Tests.DataRights;

/// <summary>The administration's view of retention: the preview by session, and the pass run on request.</summary>
public sealed class RetentionApiTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_preview_shows_each_sessions_erasure_date_and_the_candidates_due_and_the_run_erases_them()
    {
        var clock = new MovableClock(WholeSecondNow());
        using var factory = DataRightsFactory.WithClock(clock);
        var expired = await SessionAsync(factory, "Session échue", closedDaysAgo: 40, retentionDays: 30);
        var kept = await SessionAsync(factory, "Session conservée", closedDaysAgo: 10, retentionDays: 30);
        var open = await SessionAsync(factory, "Session ouverte", closedDaysAgo: null, retentionDays: 30);
        var due = await CandidateInAsync(factory, expired);
        await CandidateInAsync(factory, expired, open);
        await CandidateInAsync(factory, kept);
        var adminUser = await factory.CreateUserAsync(GraderRoles.Administrator);
        var admin = await factory.ClientForAsync(adminUser);

        var preview = await admin.GetFromJsonAsync<JsonElement>("/api/retention", Ct);

        Assert.Equal(1, preview.GetProperty("dueNow").GetInt32());
        Assert.False(preview.GetProperty("periodicPassEnabled").GetBoolean());
        var rows = preview.GetProperty("sessions").EnumerateArray().ToDictionary(s => s.GetProperty("sessionId").GetGuid());
        Assert.Equal((2, 1, true), (rows[expired].GetProperty("candidates").GetInt32(), rows[expired].GetProperty("dueNow").GetInt32(), rows[expired].GetProperty("expired").GetBoolean()));
        Assert.Equal(clock.GetUtcNow().AddDays(-40).AddDays(30), rows[expired].GetProperty("erasableFrom").GetDateTimeOffset());
        Assert.Equal((1, 0, false), (rows[kept].GetProperty("candidates").GetInt32(), rows[kept].GetProperty("dueNow").GetInt32(), rows[kept].GetProperty("expired").GetBoolean()));
        Assert.Equal(JsonValueKind.Null, rows[open].GetProperty("erasableFrom").ValueKind);

        var run = await admin.PostAsJsonAsync("/api/retention/run", new { confirmed = true }, Ct);

        Assert.Equal(HttpStatusCode.OK, run.StatusCode);
        var summary = await run.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal(1, summary.GetProperty("candidatesErased").GetInt32());
        Assert.StartsWith("1 candidat effacé", summary.GetProperty("summary").GetString(), StringComparison.Ordinal);
        Assert.False(await factory.WithDbAsync(db => db.Candidates.AnyAsync(c => c.Id == due, Ct)));
        var erased = await factory.WithDbAsync(db => db.AuditEntries.SingleAsync(a => a.CandidateId == due && a.Action == "candidate.erased", Ct));
        Assert.Equal(adminUser.Id, erased.Actor);
        Assert.True(await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == "retention.run" && a.Actor == adminUser.Id, Ct)));
        Assert.Equal(0, (await admin.GetFromJsonAsync<JsonElement>("/api/retention", Ct)).GetProperty("dueNow").GetInt32());

        var nothing = await (await admin.PostAsJsonAsync("/api/retention/run", new { confirmed = true }, Ct)).Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Contains("rien n’a été effacé", nothing.GetProperty("summary").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_run_without_confirmation_is_refused_in_French_and_erases_nothing()
    {
        var clock = new MovableClock(WholeSecondNow());
        using var factory = DataRightsFactory.WithClock(clock);
        var due = await CandidateInAsync(factory, await SessionAsync(factory, "Session échue", closedDaysAgo: 40, retentionDays: 30));
        var admin = await factory.ClientAsAsync(GraderRoles.Administrator);

        var response = await admin.PostAsJsonAsync("/api/retention/run", new { }, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("confirmez-le", (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.True(await factory.WithDbAsync(db => db.Candidates.AnyAsync(c => c.Id == due, Ct)));
        Assert.False(await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == "retention.run", Ct)));
    }

    // Near the real time (tokens and cookies read the same clock), in whole seconds so that stored dates compare exactly.
    private static DateTimeOffset WholeSecondNow()
    {
        var now = DateTimeOffset.UtcNow;
        return new DateTimeOffset(now.Year, now.Month, now.Day, now.Hour, now.Minute, now.Second, TimeSpan.Zero);
    }

    private static Task<Guid> SessionAsync(DataRightsFactory factory, string name, int? closedDaysAgo, int retentionDays) =>
        factory.WithDbAsync(async db =>
        {
            var now = factory.Services.GetRequiredService<TimeProvider>().GetUtcNow();
            var session = new CertificationSession
            {
                Name = name, RubricId = "developpement-commercial", RubricVersion = "1.1.0", Provider = "offline",
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
}
