using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Grader.Api.Identity;
using Grader.Api.Tests.Exports;
using Grader.Api.Tests.Support;
using Grader.Persistence.Entities;
using Microsoft.EntityFrameworkCore;

namespace Grader.Api.Tests.Review;

/// <summary>The review, feedback and export endpoints through HTTP, signed in as real accounts, on the service's SQLite file.</summary>
public sealed class ReviewHttpTests(GraderApiFactory factory) : IClassFixture<GraderApiFactory>
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    private async Task<Guid> SeedDossierAsync(TestSession session) =>
        await factory.WithDbAsync(async db =>
        {
            var s = await db.Sessions.SingleAsync(x => x.Id == session.Id, Cancellation);
            return (await ReviewTestData.SeedDossierAsync(db, s, session.CandidateId)).Id;
        });

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response) =>
        await response.Content.ReadFromJsonAsync<JsonElement>(Cancellation);

    [Fact]
    public async Task A_juror_reviews_finalises_exports_and_reopens_and_the_candidate_reads_the_released_feedback()
    {
        var session = await factory.CreateSessionAsync();
        var dossierId = await SeedDossierAsync(session);
        var juror = await factory.ClientForAsync(session.Juror);

        var grid = await juror.GetFromJsonAsync<JsonElement>($"/api/dossiers/{dossierId}/review", Cancellation);
        var codes = grid.GetProperty("competences").EnumerateArray().Select(c => c.GetProperty("code").GetString()!).ToList();
        Assert.Equal(7, codes.Count);

        // Accept the proposal everywhere but one compétence, which the jury raises with a comment.
        foreach (var code in codes)
        {
            var level = code == "C.2.2.4." ? 3 : 2;
            var put = await juror.PutAsJsonAsync($"/api/dossiers/{dossierId}/decisions/{code}", new { level, comment = "Vu en jury." }, Cancellation);
            Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        }

        var stale = await juror.PutAsJsonAsync($"/api/dossiers/{dossierId}/decisions/c2.2.4", new { level = 1, comment = "", version = 0 }, Cancellation);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var conflict = await JsonAsync(stale);
        Assert.Equal("decision-conflict", conflict.GetProperty("code").GetString());
        Assert.Equal(3, conflict.GetProperty("current").GetProperty("level").GetInt32());

        var finalised = await juror.PostAsJsonAsync($"/api/dossiers/{dossierId}/finalise", new { blocDecision = "acquis" }, Cancellation);
        Assert.Equal(HttpStatusCode.OK, finalised.StatusCode);
        Assert.Equal("final", (await JsonAsync(finalised)).GetProperty("state").GetString());

        var docx = await juror.GetAsync($"/api/dossiers/{dossierId}/grid.docx", Cancellation);
        Assert.Equal(HttpStatusCode.OK, docx.StatusCode);
        var paragraphs = DocxText.Paragraphs(await docx.Content.ReadAsByteArrayAsync(Cancellation));
        Assert.Contains("3 — maîtrisé", paragraphs);
        Assert.Contains("Décision confirmée par le jury\u00A0: acquis", paragraphs);

        var noReason = await juror.PostAsJsonAsync($"/api/dossiers/{dossierId}/reopen", new { reason = "" }, Cancellation);
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        var reopened = await juror.PostAsJsonAsync($"/api/dossiers/{dossierId}/reopen", new { reason = "Relecture demandée par la présidente." }, Cancellation);
        Assert.Equal(HttpStatusCode.OK, reopened.StatusCode);

        // Feedback: edit, release, then the candidate reads it; another candidate cannot.
        var draft = await juror.GetFromJsonAsync<JsonElement>($"/api/dossiers/{dossierId}/feedback/draft", Cancellation);
        var edited = await juror.PutAsJsonAsync($"/api/dossiers/{dossierId}/feedback/draft",
            new { text = "Dossier solide ; détaillez le budget.", version = draft.GetProperty("version").GetInt64() }, Cancellation);
        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
        var candidate = await factory.ClientForAsync(session.CandidateUser);
        Assert.Equal(HttpStatusCode.NotFound, (await candidate.GetAsync($"/api/dossiers/{dossierId}/feedback", Cancellation)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await juror.PostAsync($"/api/dossiers/{dossierId}/feedback/release", null, Cancellation)).StatusCode);

        var feedback = await candidate.GetFromJsonAsync<JsonElement>($"/api/dossiers/{dossierId}/feedback", Cancellation);
        Assert.Equal("Dossier solide ; détaillez le budget.", feedback.GetProperty("latest").GetProperty("text").GetString());
        var feedbackDocx = await candidate.GetAsync($"/api/dossiers/{dossierId}/feedback.docx", Cancellation);
        Assert.Contains("Dossier solide ; détaillez le budget.", DocxText.Paragraphs(await feedbackDocx.Content.ReadAsByteArrayAsync(Cancellation)));
        Assert.Equal(HttpStatusCode.Forbidden, (await candidate.GetAsync($"/api/dossiers/{dossierId}/review", Cancellation)).StatusCode);

        var other = await factory.CreateSessionAsync();
        var otherCandidate = await factory.ClientForAsync(other.CandidateUser);
        Assert.Equal(HttpStatusCode.NotFound, (await otherCandidate.GetAsync($"/api/dossiers/{dossierId}/feedback", Cancellation)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherCandidate.GetAsync($"/api/dossiers/{dossierId}/feedback.docx", Cancellation)).StatusCode);

        // A juror of another session cannot review this dossier.
        var otherJuror = await factory.ClientForAsync(other.Juror);
        Assert.Equal(HttpStatusCode.NotFound, (await otherJuror.GetAsync($"/api/dossiers/{dossierId}/review", Cancellation)).StatusCode);

        var audited = await factory.WithDbAsync(db => db.AuditEntries.Where(a => a.EntityType != "").Select(a => a.Action).ToListAsync(Cancellation));
        Assert.Contains("decision.recorded", audited);
        Assert.Contains("grid.finalised", audited);
        Assert.Contains("grid.reopened", audited);
        Assert.Contains("feedback.edited", audited);
        Assert.Contains("feedback.released", audited);
    }

    [Fact]
    public async Task Blind_first_hides_each_proposal_until_the_juror_records_a_level()
    {
        var session = await factory.CreateSessionAsync(blindFirst: true);
        var dossierId = await SeedDossierAsync(session);
        var juror = await factory.ClientForAsync(session.Juror);

        var before = await juror.GetFromJsonAsync<JsonElement>($"/api/dossiers/{dossierId}/review", Cancellation);
        Assert.All(before.GetProperty("competences").EnumerateArray(), c =>
        {
            Assert.True(c.GetProperty("proposalHidden").GetBoolean());
            Assert.Equal(JsonValueKind.Null, c.GetProperty("proposal").ValueKind);
        });

        var put = await juror.PutAsJsonAsync($"/api/dossiers/{dossierId}/decisions/C.2.1.1", new { level = 1, comment = "" }, Cancellation);
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        var after = await juror.GetFromJsonAsync<JsonElement>($"/api/dossiers/{dossierId}/review", Cancellation);
        var revealed = after.GetProperty("competences").EnumerateArray().Single(c => c.GetProperty("code").GetString() == "C.2.1.1.");
        Assert.Equal(2, revealed.GetProperty("proposal").GetProperty("level").GetInt32());
        Assert.Equal(1, revealed.GetProperty("decision").GetProperty("blindLevel").GetInt32());
        Assert.Equal(6, after.GetProperty("competences").EnumerateArray().Count(c => c.GetProperty("proposalHidden").GetBoolean()));

        // The pedagogical team follows up disagreements read-only: nothing is hidden from it, and it cannot decide.
        var pedagogue = await factory.ClientAsAsync(GraderRoles.Pedagogy);
        var overseen = await pedagogue.GetFromJsonAsync<JsonElement>($"/api/dossiers/{dossierId}/review", Cancellation);
        Assert.All(overseen.GetProperty("competences").EnumerateArray(), c => Assert.False(c.GetProperty("proposalHidden").GetBoolean()));
        var refused = await pedagogue.PutAsJsonAsync($"/api/dossiers/{dossierId}/decisions/C.2.1.2", new { level = 3, comment = "" }, Cancellation);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }

    [Fact]
    public async Task Session_results_are_pseudonymous_unless_an_administrator_asks_for_identities()
    {
        var session = await factory.CreateSessionAsync();
        await SeedDossierAsync(session);
        var juror = await factory.ClientForAsync(session.Juror);

        var csv = await juror.GetAsync($"/api/sessions/{session.Id}/results.csv", Cancellation);
        var bytes = await csv.Content.ReadAsByteArrayAsync(Cancellation);
        var text = Encoding.UTF8.GetString(bytes[3..]);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        Assert.StartsWith("Identifiant candidat;Épreuve;Compétence;", text, StringComparison.Ordinal);
        Assert.Equal(8, text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.DoesNotContain("Camille", text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await juror.GetAsync($"/api/sessions/{session.Id}/results.csv?identities=true", Cancellation)).StatusCode);

        var admin = await factory.ClientAsAsync(GraderRoles.Administrator);
        var withNames = Encoding.UTF8.GetString(await admin.GetByteArrayAsync($"/api/sessions/{session.Id}/results.csv?identities=true", Cancellation));
        Assert.Contains("Camille Martin", withNames, StringComparison.Ordinal);

        var pedagogue = await factory.ClientAsAsync(GraderRoles.Pedagogy);
        var rule = await pedagogue.PutAsJsonAsync($"/api/sessions/{session.Id}/bloc-rule", new { acquiredShareRequired = 0.75 }, Cancellation);
        Assert.Equal(HttpStatusCode.OK, rule.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await pedagogue.PutAsJsonAsync($"/api/sessions/{session.Id}/bloc-rule", new { acquiredShareRequired = 0 }, Cancellation)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await juror.PutAsJsonAsync($"/api/sessions/{session.Id}/bloc-rule", new { acquiredShareRequired = 0.5 }, Cancellation)).StatusCode);
    }
}
