using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Grader.Api.Identity;
using Grader.Api.Tests.Review;
using Grader.Api.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Grader.Api.Tests.Sessions;

/// <summary>The administration's session endpoints: settings, overview, jury member removal, enrolment with an account.</summary>
public sealed class SessionAdministrationTests(GraderApiFactory factory) : IClassFixture<GraderApiFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static object Settings(string name = "Session renommée", string[]? epreuves = null, string? rubricId = null, string mode = "Certifying",
        string policy = "AfterReview", int? retentionDays = 90) => new
    {
        name, closesAt = new DateTimeOffset(2027, 6, 30, 21, 59, 59, TimeSpan.Zero), retentionDays, blindFirstReview = true,
        releasePolicy = policy, mode, rubricId, epreuves,
    };

    [Fact]
    public async Task An_administrator_changes_a_sessions_settings_and_the_change_is_audited()
    {
        var admin = await factory.ClientAsAsync(GraderRoles.Administrator);
        var session = await factory.CreateSessionAsync();

        var response = await admin.PutAsJsonAsync($"/api/sessions/{session.Id}", Settings(epreuves: ["E2", "E4"]), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal("Session renommée", body.GetProperty("name").GetString());
        Assert.Equal(90, body.GetProperty("retentionDays").GetInt32());
        Assert.True(body.GetProperty("blindFirstReview").GetBoolean());
        Assert.Equal(["e2", "e4"], body.GetProperty("epreuves").EnumerateArray().Select(e => e.GetString()));
        var stored = await factory.WithDbAsync(db => db.Sessions.SingleAsync(s => s.Id == session.Id, Ct));
        Assert.Equal(new DateTimeOffset(2027, 6, 30, 21, 59, 59, TimeSpan.Zero), stored.ClosesAt);
        Assert.Equal(["e2", "e4"], stored.Epreuves);
        Assert.Equal((90, true), (stored.RetentionDays, stored.BlindFirstReview));
        var entry = await factory.WithDbAsync(db => db.AuditEntries.SingleAsync(a => a.SessionId == session.Id && a.Action == "session.updated", Ct));
        var payload = JsonDocument.Parse(entry.Payload!).RootElement;
        Assert.Equal("Session de test", payload.GetProperty("before").GetProperty("name").GetString());
        Assert.Equal("Session renommée", payload.GetProperty("after").GetProperty("name").GetString());
    }

    [Theory]
    [InlineData("""{"name":"","retentionDays":30,"blindFirstReview":false,"releasePolicy":"AfterReview","mode":"Certifying"}""", "nom de la session")]
    [InlineData("""{"name":"S","blindFirstReview":false,"releasePolicy":"AfterReview","mode":"Certifying"}""", "durée de conservation")]
    [InlineData("""{"name":"S","retentionDays":0,"blindFirstReview":false,"releasePolicy":"AfterReview","mode":"Certifying"}""", "entre 1 et 3 650 jours")]
    [InlineData("""{"name":"S","retentionDays":30,"blindFirstReview":false,"releasePolicy":"Immediate","mode":"Certifying"}""", "session formative")]
    [InlineData("""{"name":"S","retentionDays":30,"blindFirstReview":false,"releasePolicy":"AfterReview","mode":"Certifying","epreuves":["E9"]}""", "E9")]
    public async Task Settings_that_cannot_work_are_refused_in_French(string body, string expected)
    {
        var admin = await factory.ClientAsAsync(GraderRoles.Administrator);
        var session = await factory.CreateSessionAsync();

        var response = await admin.PutAsync($"/api/sessions/{session.Id}", new StringContent(body, System.Text.Encoding.UTF8, "application/json"), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(expected, (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.False(await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.SessionId == session.Id && a.Action == "session.updated", Ct)));
    }

    [Fact]
    public async Task Once_dossiers_exist_the_rubric_and_their_epreuve_cannot_be_taken_away()
    {
        var admin = await factory.ClientAsAsync(GraderRoles.Administrator);
        var session = await factory.CreateSessionAsync();
        await factory.WithDbAsync(async db => await ReviewTestData.SeedDossierAsync(db, await db.Sessions.SingleAsync(s => s.Id == session.Id, Ct), session.CandidateId));

        var rubric = await admin.PutAsJsonAsync($"/api/sessions/{session.Id}", Settings(rubricId: "autre-referentiel"), Ct);
        var epreuve = await admin.PutAsJsonAsync($"/api/sessions/{session.Id}", Settings(epreuves: ["E4"]), Ct);

        Assert.Equal(HttpStatusCode.Conflict, rubric.StatusCode);
        Assert.Contains("référentiel ne peut plus changer", await rubric.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, epreuve.StatusCode);
        Assert.Contains("l’épreuve E2", await epreuve.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        var stored = await factory.WithDbAsync(db => db.Sessions.SingleAsync(s => s.Id == session.Id, Ct));
        Assert.Equal("Session de test", stored.Name);
    }

    [Fact]
    public async Task The_overview_counts_juries_candidates_and_dossiers()
    {
        var admin = await factory.ClientAsAsync(GraderRoles.Administrator);
        var session = await factory.CreateSessionAsync();

        var overview = await admin.GetFromJsonAsync<JsonElement>("/api/sessions/overview?pageSize=100", Ct);

        var row = overview.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("session").GetProperty("id").GetGuid() == session.Id);
        Assert.Equal(1, row.GetProperty("juries").GetInt32());
        Assert.Equal(1, row.GetProperty("candidates").GetInt32());
        Assert.Equal(0, row.GetProperty("dossiers").GetInt32());
    }

    [Fact]
    public async Task An_administrator_adds_a_juror_to_an_existing_jury()
    {
        var admin = await factory.ClientAsAsync(GraderRoles.Administrator);
        var session = await factory.CreateSessionAsync();
        var second = await factory.CreateUserAsync(GraderRoles.Juror);

        var response = await admin.PostAsJsonAsync($"/api/sessions/{session.Id}/juries/{session.JuryId}/members", new { userId = second.Id, role = "Member" }, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("members").GetArrayLength());
        Assert.Equal(2, await factory.WithDbAsync(db => db.JuryMembers.CountAsync(m => m.JuryId == session.JuryId, Ct)));
        Assert.True(await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.SessionId == session.Id && a.Action == "jury.member-added", Ct)));
    }

    [Fact]
    public async Task An_administrator_removes_a_member_from_a_jury_and_the_removal_is_audited()
    {
        var admin = await factory.ClientAsAsync(GraderRoles.Administrator);
        var session = await factory.CreateSessionAsync();
        var jurorClient = await factory.ClientForAsync(session.Juror);

        var removed = await admin.DeleteAsync($"/api/sessions/{session.Id}/juries/{session.JuryId}/members/{session.Juror.Id}", Ct);
        var again = await admin.DeleteAsync($"/api/sessions/{session.Id}/juries/{session.JuryId}/members/{session.Juror.Id}", Ct);

        Assert.Equal(HttpStatusCode.OK, removed.StatusCode);
        Assert.Equal(0, (await removed.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("members").GetArrayLength());
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
        Assert.Contains("ne siège pas dans ce jury", await again.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.True(await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.SessionId == session.Id && a.Action == "jury.member-removed" && a.EntityId == session.JuryId.ToString(), Ct)));
        // The seat gave the access: the former member no longer reaches the session.
        Assert.Equal(HttpStatusCode.NotFound, (await jurorClient.GetAsync($"/api/sessions/{session.Id}", Ct)).StatusCode);
    }

    [Fact]
    public async Task A_candidate_enrolled_with_an_account_can_sign_in_and_reaches_the_session()
    {
        var admin = await factory.ClientAsAsync(GraderRoles.Administrator);
        var session = await factory.CreateSessionAsync();
        var email = $"lea-{Guid.NewGuid():N}@example.test";

        var response = await admin.PostAsJsonAsync($"/api/sessions/{session.Id}/candidates",
            new { fullName = "Léa Martin", email, externalId = "2027-042", account = new { password = "MotDePasseCand-2027" } }, Ct);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var candidate = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.True(candidate.GetProperty("hasAccount").GetBoolean());
        var login = await factory.CreateClient().PostAsJsonAsync("/api/auth/login", new { email, password = "MotDePasseCand-2027" }, Ct);
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", (await login.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("accessToken").GetString());
        var me = await client.GetFromJsonAsync<JsonElement>("/api/auth/me", Ct);
        Assert.Equal(["candidate"], me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal(candidate.GetProperty("id").GetGuid(), me.GetProperty("candidateId").GetGuid());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/sessions/{session.Id}", Ct)).StatusCode);
        var userId = me.GetProperty("id").GetString();
        Assert.True(await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == "user.created" && a.EntityId == userId, Ct)));
    }

    [Fact]
    public async Task A_weak_password_refuses_the_enrolment_in_French_and_leaves_no_account_behind()
    {
        var admin = await factory.ClientAsAsync(GraderRoles.Administrator);
        var session = await factory.CreateSessionAsync();
        var email = $"faible-{Guid.NewGuid():N}@example.test";

        var weak = await admin.PostAsJsonAsync($"/api/sessions/{session.Id}/candidates", new { fullName = "Paul Faible", email, account = new { password = "court" } }, Ct);
        var noEmail = await admin.PostAsJsonAsync($"/api/sessions/{session.Id}/candidates", new { fullName = "Paul Faible", account = new { password = "MotDePasseCand-2027" } }, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, weak.StatusCode);
        Assert.Contains("Compte du candidat refusé", await weak.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, noEmail.StatusCode);
        Assert.Contains("adresse électronique sont obligatoires", await noEmail.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.False(await factory.WithDbAsync(db => db.Users.AnyAsync(u => u.Email == email, Ct)));
        Assert.False(await factory.WithDbAsync(db => db.Candidates.AnyAsync(c => c.FullName == "Paul Faible", Ct)));
    }

    [Fact]
    public async Task Enrolling_into_an_unknown_session_creates_no_account()
    {
        var admin = await factory.ClientAsAsync(GraderRoles.Administrator);
        var email = $"orphelin-{Guid.NewGuid():N}@example.test";

        var response = await admin.PostAsJsonAsync($"/api/sessions/{Guid.NewGuid()}/candidates",
            new { fullName = "Sans Session", email, account = new { password = "MotDePasseCand-2027" } }, Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.False(await factory.WithDbAsync(db => db.Users.AnyAsync(u => u.Email == email, Ct)));
    }
}
