using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Grader.Api.Identity;
using Grader.Api.Tests.Support;

namespace Grader.Api.Tests.Sessions;

/// <summary>An administrator finds a candidate already known and enrols them in another session, with the same record and account.</summary>
public sealed class CandidateDirectoryTests(GraderApiFactory factory) : IClassFixture<GraderApiFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_known_candidate_is_found_whatever_the_case_and_enrolled_in_a_second_session() => await FindAndEnrolAgainAsync(factory);

    /// <summary>Also run on PostgreSQL (<see cref="CandidateDirectoryPostgreSqlTests"/>), whose LIKE is case-sensitive.</summary>
    internal static async Task FindAndEnrolAgainAsync(GraderApiFactory factory)
    {
        var first = await factory.CreateSessionAsync();
        var second = await factory.CreateSessionAsync();
        using var admin = await factory.ClientAsAsync(GraderRoles.Administrator);
        var unique = Guid.NewGuid().ToString("N")[..8];
        var created = await admin.PostAsJsonAsync($"/api/sessions/{first.Id}/candidates",
            new { fullName = $"Élodie Fournier-{unique}", email = $"elodie.{unique}@example.test", externalId = $"N-{unique}" }, Ct);
        created.EnsureSuccessStatusCode();
        var candidateId = (await created.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid();

        foreach (var q in new[] { $"fournier-{unique}".ToUpperInvariant(), $"ELODIE.{unique}", $"n-{unique}" })
        {
            var found = await admin.GetFromJsonAsync<JsonElement>($"/api/candidates?q={Uri.EscapeDataString(q)}", Ct);
            var hit = Assert.Single(found.GetProperty("items").EnumerateArray());
            Assert.Equal(candidateId, hit.GetProperty("id").GetGuid());
            Assert.Equal(1, hit.GetProperty("enrolments").GetInt32());
        }

        (await admin.PostAsJsonAsync($"/api/sessions/{second.Id}/candidates", new { candidateId }, Ct)).EnsureSuccessStatusCode();
        var again = await admin.GetFromJsonAsync<JsonElement>($"/api/candidates?q={unique}", Ct);
        Assert.Equal(2, Assert.Single(again.GetProperty("items").EnumerateArray()).GetProperty("enrolments").GetInt32());

        var twice = await admin.PostAsJsonAsync($"/api/sessions/{second.Id}/candidates", new { candidateId }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, twice.StatusCode);
        Assert.Contains("déjà inscrit", (await twice.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_search_too_long_is_refused_in_French_and_nothing_matches_an_unknown_name()
    {
        using var admin = await factory.ClientAsAsync(GraderRoles.Administrator);

        var tooLong = await admin.GetAsync($"/api/candidates?q={new string('a', 101)}", Ct);
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        Assert.Contains("100 caractères", (await tooLong.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("detail").GetString(), StringComparison.Ordinal);

        var none = await admin.GetFromJsonAsync<JsonElement>($"/api/candidates?q=personne-{Guid.NewGuid():N}", Ct);
        Assert.Equal(0, none.GetProperty("total").GetInt32());
    }
}

[Collection(Grader.Api.Tests.Processing.HangfireAloneCollection.Name)]
public sealed class CandidateDirectoryPostgreSqlTests
{
    [Fact]
    public async Task A_known_candidate_is_found_whatever_the_case_on_PostgreSQL()
    {
        await using var factory = await GraderApiFactory.OnPostgreSqlAsync();
        await CandidateDirectoryTests.FindAndEnrolAgainAsync(factory);
    }
}
