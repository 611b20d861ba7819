using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Grader.Api.Audit;
using Grader.Api.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Grader.Api.Tests.DataRights;

public sealed class CandidateErasureTests(DataRightsFactory factory) : IClassFixture<DataRightsFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Erasure_removes_rows_files_passages_account_and_audit_payloads_and_leaves_another_candidate_whole()
    {
        var erased = await CandidateRecordSeed.SeedAsync(factory, Ct);
        var kept = await CandidateRecordSeed.SeedAsync(factory, Ct);
        var admin = await factory.ClientAsAsync(GraderRoles.Administrator);

        var response = await admin.SendAsync(new HttpRequestMessage(HttpMethod.Delete, $"/api/candidates/{erased.CandidateId}")
        {
            Content = JsonContent.Create(new { reason = "Demande d’effacement reçue par courrier" }),
        }, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var summary = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.False(summary.GetProperty("resumed").GetBoolean());
        var counts = summary.GetProperty("counts");
        Assert.Equal(1, counts.GetProperty("dossiers").GetInt32());
        Assert.Equal(2, counts.GetProperty("storedFilesDeleted").GetInt32());
        Assert.Equal(1, counts.GetProperty("indexedDossiersCleared").GetInt32());
        Assert.True(counts.GetProperty("accountDeleted").GetBoolean());
        Assert.StartsWith("Les données de ce candidat ont été effacées : 1 dossier, 2 fichiers référencés", summary.GetProperty("summary").GetString(), StringComparison.Ordinal);

        await ErasureAssertions.AssertErasedAsync(factory, erased, Ct);
        await ErasureAssertions.AssertUntouchedAsync(factory, kept, Ct);
        await ErasureAssertions.AssertAuditChainIntactAsync(admin, Ct);
        var entry = await factory.WithDbAsync(db => db.AuditEntries.SingleAsync(a => a.CandidateId == erased.CandidateId && a.Action == "candidate.erased", Ct));
        Assert.Contains("Demande d’effacement reçue par courrier", JsonDocument.Parse(entry.Payload!).RootElement.GetProperty("after").GetProperty("reason").GetString(), StringComparison.Ordinal);

        // Complete: asking again finds nothing left to erase.
        var again = await admin.DeleteAsync($"/api/candidates/{erased.CandidateId}?reason=nouvelle%20demande", Ct);
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
    }

    [Fact]
    public async Task An_erasure_interrupted_after_its_transaction_is_finished_by_asking_again()
    {
        // The state a crash between the commit and the last audit entry leaves: no rows, entries still naming the candidate.
        var candidateId = Guid.NewGuid();
        await factory.Services.GetRequiredService<IAuditTrail>().AppendAsync(
            new AuditRecord("someone", "dossier.uploaded", "dossier", Guid.NewGuid().ToString(), CandidateId: candidateId, After: new { name = "Camille" }), Ct);
        var admin = await factory.ClientAsAsync(GraderRoles.Administrator);

        var response = await admin.DeleteAsync($"/api/candidates/{candidateId}?reason=reprise", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var summary = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.True(summary.GetProperty("resumed").GetBoolean());
        Assert.StartsWith("L’effacement interrompu de ce candidat a été achevé", summary.GetProperty("summary").GetString(), StringComparison.Ordinal);
        var entries = await factory.WithDbAsync(db => db.AuditEntries.Where(a => a.CandidateId == candidateId).OrderBy(a => a.Sequence).ToListAsync(Ct));
        Assert.Null(entries[0].Payload);
        Assert.Equal("candidate.erased", entries[^1].Action);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.DeleteAsync($"/api/candidates/{candidateId}?reason=reprise", Ct)).StatusCode);
        await ErasureAssertions.AssertAuditChainIntactAsync(admin, Ct);
    }

    [Fact]
    public async Task Erasure_needs_an_administrator_a_reason_and_a_known_candidate()
    {
        var seeded = await CandidateRecordSeed.SeedAsync(factory, Ct);
        var admin = await factory.ClientAsAsync(GraderRoles.Administrator);
        var url = $"/api/candidates/{seeded.CandidateId}?reason=test";

        Assert.Equal(HttpStatusCode.Forbidden, (await (await factory.ClientForAsync(seeded.Session.Juror)).DeleteAsync(url, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await factory.ClientAsAsync(GraderRoles.Pedagogy)).DeleteAsync(url, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await factory.ClientForAsync(seeded.Session.CandidateUser)).DeleteAsync(url, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.CreateClient().DeleteAsync(url, Ct)).StatusCode);

        var noReason = await admin.DeleteAsync($"/api/candidates/{seeded.CandidateId}?reason=%20", Ct);
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.StartsWith("Le motif de l’effacement est obligatoire", (await noReason.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.DeleteAsync($"/api/candidates/{Guid.NewGuid()}?reason=test", Ct)).StatusCode);

        await ErasureAssertions.AssertUntouchedAsync(factory, seeded, Ct);
    }
}
