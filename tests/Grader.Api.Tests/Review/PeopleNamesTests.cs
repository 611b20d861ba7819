using System.Net.Http.Json;
using System.Text.Json;
using Grader.Api.Identity;
using Grader.Api.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Grader.Api.Tests.Review;

/// <summary>Jurors read who decided, finalised and reopened by name; the audit trail keeps account ids only.</summary>
public sealed class PeopleNamesTests(GraderApiFactory factory) : IClassFixture<GraderApiFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_grid_names_the_juror_who_decided_finalised_and_reopened_and_the_audit_does_not()
    {
        var session = await factory.CreateSessionAsync();
        var dossierId = await factory.WithDbAsync(async db =>
            (await ReviewTestData.SeedDossierAsync(db, await db.Sessions.SingleAsync(s => s.Id == session.Id, Ct), session.CandidateId)).Id);
        using var juror = await factory.ClientForAsync(session.Juror);
        var grid = await juror.GetFromJsonAsync<JsonElement>($"/api/dossiers/{dossierId}/review", Ct);
        foreach (var code in grid.GetProperty("competences").EnumerateArray().Select(c => c.GetProperty("code").GetString()!))
        {
            (await juror.PutAsJsonAsync($"/api/dossiers/{dossierId}/decisions/{Uri.EscapeDataString(code)}", new { level = 2, comment = "" }, Ct)).EnsureSuccessStatusCode();
        }

        var decided = await juror.GetFromJsonAsync<JsonElement>($"/api/dossiers/{dossierId}/review", Ct);
        (await juror.PostAsJsonAsync($"/api/dossiers/{dossierId}/finalise", new { version = decided.GetProperty("grid").GetProperty("version").GetInt64() }, Ct)).EnsureSuccessStatusCode();
        var finalised = await juror.GetFromJsonAsync<JsonElement>($"/api/dossiers/{dossierId}/review", Ct);
        (await juror.PostAsJsonAsync($"/api/dossiers/{dossierId}/reopen", new { reason = "Vérification", version = finalised.GetProperty("grid").GetProperty("version").GetInt64() }, Ct)).EnsureSuccessStatusCode();

        var after = await juror.GetFromJsonAsync<JsonElement>($"/api/dossiers/{dossierId}/review", Ct);
        var name = GraderRoles.Juror; // GraderApiFactory names each account after its role
        var decision = after.GetProperty("competences")[0].GetProperty("decision");
        Assert.Equal(session.Juror.Id, decision.GetProperty("author").GetString());
        Assert.Equal(name, decision.GetProperty("authorName").GetString());
        var reopening = Assert.Single(after.GetProperty("grid").GetProperty("reopenings").EnumerateArray());
        Assert.Equal(name, reopening.GetProperty("reopenedByName").GetString());

        var payloads = await factory.WithDbAsync(db => db.AuditEntries.Where(a => a.SessionId == session.Id).Select(a => a.Payload).ToListAsync(Ct));
        Assert.NotEmpty(payloads);
        Assert.DoesNotContain(payloads, p => p != null && p.Contains("authorName\":\"", StringComparison.OrdinalIgnoreCase));
    }
}
