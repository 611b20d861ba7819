using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Grader.Api.Identity;
using Grader.Api.Tests.Support;

namespace Grader.Api.Tests.Sessions;

public sealed class SessionsApiTests(GraderApiFactory factory) : IClassFixture<GraderApiFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_administrator_sets_up_a_session_with_a_jury_and_an_enrolled_candidate()
    {
        var admin = await factory.ClientAsAsync(GraderRoles.Administrator);
        var juror = await factory.CreateUserAsync(GraderRoles.Juror);
        var candidateAccount = await factory.CreateUserAsync(GraderRoles.Candidate);

        var session = await ReadAsync(await admin.PostAsJsonAsync("/api/sessions", new { name = "Session juin 2027", epreuves = new[] { "E2" }, blindFirstReview = true }, Ct), HttpStatusCode.Created);
        var sessionId = session.GetProperty("id").GetString();
        var jury = await ReadAsync(await admin.PostAsJsonAsync($"/api/sessions/{sessionId}/juries", new { name = "Jury 1", members = new[] { new { userId = juror.Id } } }, Ct), HttpStatusCode.Created);
        var candidate = await ReadAsync(await admin.PostAsJsonAsync($"/api/sessions/{sessionId}/candidates", new { fullName = "Léa Dubois", email = "lea@example.test", userId = candidateAccount.Id }, Ct), HttpStatusCode.Created);

        Assert.Equal(["e2"], session.GetProperty("epreuves").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("offline", session.GetProperty("provider").GetString());
        Assert.Equal(juror.Id, jury.GetProperty("members")[0].GetProperty("userId").GetString());
        Assert.StartsWith("cand-", candidate.GetProperty("pseudonymousId").GetString(), StringComparison.Ordinal);

        var jurorClient = await factory.ClientForAsync(juror);
        var seenByJuror = await jurorClient.GetFromJsonAsync<JsonElement>($"/api/sessions/{sessionId}/candidates", Ct);
        var row = seenByJuror.GetProperty("items")[0];
        Assert.Equal(JsonValueKind.Null, row.GetProperty("fullName").ValueKind);
        Assert.Equal(candidate.GetProperty("pseudonymousId").GetString(), row.GetProperty("pseudonymousId").GetString());
    }

    [Theory]
    [InlineData("""{"name":"S","epreuves":["E9"]}""", "E9")]
    [InlineData("""{"name":"S","mode":"Certifying","releasePolicy":"Immediate"}""", "session formative")]
    [InlineData("""{"name":"S","provider":"gpt-magique"}""", "gpt-magique")]
    [InlineData("""{"name":"  "}""", "nom de la session")]
    [InlineData("""{"name":"S","acquiredShareRequired":1.5}""", "comprise entre 0")]
    public async Task A_session_that_cannot_work_is_refused_with_a_French_reason(string body, string expected)
    {
        var admin = await factory.ClientAsAsync(GraderRoles.Administrator);

        var response = await admin.PostAsync("/api/sessions", new StringContent(body, System.Text.Encoding.UTF8, "application/json"), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(expected, (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Each_account_lists_only_the_sessions_it_takes_part_in()
    {
        var mine = await factory.CreateSessionAsync();
        var other = await factory.CreateSessionAsync();

        var juror = await factory.ClientForAsync(mine.Juror);
        var candidate = await factory.ClientForAsync(mine.CandidateUser);
        var pedagogue = await factory.ClientAsAsync(GraderRoles.Pedagogy);

        Assert.Equal([mine.Id], await SessionIdsAsync(juror));
        Assert.Equal([mine.Id], await SessionIdsAsync(candidate));
        Assert.Superset(new HashSet<Guid> { mine.Id, other.Id }, (await SessionIdsAsync(pedagogue)).ToHashSet());
        Assert.Equal(HttpStatusCode.NotFound, (await juror.GetAsync($"/api/sessions/{other.Id}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await candidate.GetAsync($"/api/sessions/{mine.Id}/candidates", Ct)).StatusCode);
    }

    [Fact]
    public async Task Only_an_account_with_the_juror_role_can_sit_on_a_jury()
    {
        var admin = await factory.ClientAsAsync(GraderRoles.Administrator);
        var session = await factory.CreateSessionAsync();
        var candidate = await factory.CreateUserAsync(GraderRoles.Candidate);

        var response = await admin.PostAsJsonAsync($"/api/sessions/{session.Id}/juries/{session.JuryId}/members", new { userId = candidate.Id }, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("juror", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    private static async Task<List<Guid>> SessionIdsAsync(HttpClient client)
    {
        var page = await client.GetFromJsonAsync<JsonElement>("/api/sessions?pageSize=100", Ct);
        return page.GetProperty("items").EnumerateArray().Select(s => s.GetProperty("id").GetGuid()).ToList();
    }

    private static async Task<JsonElement> ReadAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        Assert.Equal(expected, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
    }
}
