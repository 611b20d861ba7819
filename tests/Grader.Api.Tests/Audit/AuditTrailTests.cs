using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Grader.Api.Audit;
using Grader.Api.Identity;
using Grader.Api.Tests.Support;
using Grader.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Grader.Api.Tests.Audit;

[Collection(Grader.Api.Tests.Processing.HangfireAloneCollection.Name)]
public sealed class AuditTrailTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Concurrent_writers_extend_one_unbroken_chain() => await ConcurrentWritersAsync(new GraderApiFactory());

    [Fact]
    public async Task Concurrent_writers_extend_one_unbroken_chain_on_PostgreSQL() => await ConcurrentWritersAsync(await GraderApiFactory.OnPostgreSqlAsync());

    private static async Task ConcurrentWritersAsync(GraderApiFactory created)
    {
        await using var factory = created;
        var trail = factory.Services.GetRequiredService<IAuditTrail>();

        await Parallel.ForEachAsync(Enumerable.Range(0, 40), new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = Ct }, async (i, ct) =>
            await trail.AppendAsync(new AuditRecord("tester", "test.appended", "thing", i.ToString(System.Globalization.CultureInfo.InvariantCulture), After: new { i }), ct));

        var sequences = await factory.WithDbAsync(db => db.AuditEntries.OrderBy(a => a.Sequence).Select(a => a.Sequence).ToListAsync(Ct));
        Assert.Equal(Enumerable.Range(1, 40).Select(i => (long)i), sequences);
        var verification = await VerifyAsync(factory);
        Assert.True(verification.GetProperty("intact").GetBoolean());
        Assert.Equal(40, verification.GetProperty("entries").GetInt64());
    }

    [Fact]
    public async Task A_payload_changed_behind_the_service_s_back_is_found_at_its_position()
    {
        await using var factory = new GraderApiFactory();
        var trail = factory.Services.GetRequiredService<IAuditTrail>();
        for (var i = 0; i < 5; i++)
        {
            await trail.AppendAsync(new AuditRecord("juror-1", "decision.recorded", "decision", $"d{i}", After: new { level = 2 }), Ct);
        }

        await factory.WithDbAsync(db => db.Database.ExecuteSqlAsync(
            $"UPDATE audit_entries SET Payload = {"{\"before\":null,\"after\":{\"level\":3}}"} WHERE Sequence = 3", Ct));

        var verification = await VerifyAsync(factory);
        Assert.False(verification.GetProperty("intact").GetBoolean());
        Assert.Equal(3, verification.GetProperty("firstBrokenSequence").GetInt64());
    }

    [Fact]
    public async Task Redacting_a_payload_keeps_the_chain_verifiable_and_nothing_else_may_change()
    {
        await using var factory = new GraderApiFactory();
        var trail = factory.Services.GetRequiredService<IAuditTrail>();
        var candidate = Guid.NewGuid();
        await trail.AppendAsync(new AuditRecord("juror-1", "feedback.edited", "feedback", "f1", CandidateId: candidate, After: new { text = "Texte nominatif" }), Ct);
        await trail.AppendAsync(new AuditRecord("juror-1", "grid.finalised", "grid", "g1"), Ct);

        await factory.WithDbAsync(async db =>
        {
            var entry = await db.AuditEntries.SingleAsync(a => a.CandidateId == candidate, Ct);
            entry.Payload = null;
            entry.RedactedAt = DateTimeOffset.UtcNow;
            return await db.SaveChangesAsync(Ct);
        });
        var tamper = await Assert.ThrowsAsync<InvalidOperationException>(() => factory.WithDbAsync(async db =>
        {
            var entry = await db.AuditEntries.SingleAsync(a => a.Sequence == 2, Ct);
            entry.Actor = "quelqu’un d’autre";
            return await db.SaveChangesAsync(Ct);
        }));

        Assert.Contains("append-only", tamper.Message, StringComparison.Ordinal);
        Assert.True((await VerifyAsync(factory)).GetProperty("intact").GetBoolean());
    }

    [Fact]
    public async Task Administrators_read_the_trail_page_by_page_and_no_one_else_does()
    {
        await using var factory = new GraderApiFactory();
        var admin = await factory.ClientAsAsync(GraderRoles.Administrator);
        var juror = await factory.ClientAsAsync(GraderRoles.Juror);
        (await admin.PostAsJsonAsync("/api/sessions", new { name = "Session de printemps" }, Ct)).EnsureSuccessStatusCode();
        (await admin.PostAsJsonAsync("/api/sessions", new { name = "Session d’automne" }, Ct)).EnsureSuccessStatusCode();

        var first = await admin.GetFromJsonAsync<JsonElement>("/api/audit?limit=1", Ct);
        var next = first.GetProperty("next").GetInt64();
        var second = await admin.GetFromJsonAsync<JsonElement>($"/api/audit?after={next}&limit=10", Ct);

        Assert.Equal("session.created", first.GetProperty("entries")[0].GetProperty("action").GetString());
        Assert.Equal("session.created", second.GetProperty("entries")[0].GetProperty("action").GetString());
        Assert.Equal(1, second.GetProperty("entries").GetArrayLength());
        Assert.Equal(HttpStatusCode.Forbidden, (await juror.GetAsync("/api/audit", Ct)).StatusCode);
    }

    private static async Task<JsonElement> VerifyAsync(GraderApiFactory factory)
    {
        var admin = await factory.ClientAsAsync(GraderRoles.Administrator);
        return await admin.GetFromJsonAsync<JsonElement>("/api/audit/verify", Ct);
    }
}
