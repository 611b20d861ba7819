using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Grader.Api.Identity;
using Grader.Api.Tests.Dossiers;
using Grader.Api.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;

namespace Grader.Api.Tests.Identity;

/// <summary>
/// A request that rides on the sign-in cookie and changes something must carry the anti-forgery token: a hostile page
/// can make the browser send the cookie, never the token. Bearer clients are not concerned.
/// </summary>
public sealed class RequestForgeryTests(GraderApiFactory factory) : IClassFixture<GraderApiFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_cookie_upload_without_the_token_is_refused_in_French_and_stores_nothing()
    {
        var session = await factory.CreateSessionAsync();
        using var browser = await CookieClientAsync(session.CandidateUser);

        var response = await browser.PostAsync($"/api/sessions/{session.Id}/dossiers", DossierForms.SampleUpload(null), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal(RequestForgeryProtection.ProblemCode, problem.GetProperty("code").GetString());
        Assert.Contains("jeton anti-falsification", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, await factory.WithDbAsync(db => db.Dossiers.CountAsync(d => d.SessionId == session.Id, Ct)));
    }

    [Fact]
    public async Task A_cookie_upload_with_the_token_is_accepted()
    {
        var session = await factory.CreateSessionAsync();
        using var browser = await CookieClientAsync(session.CandidateUser);
        var token = await browser.GetFromJsonAsync<JsonElement>("/api/auth/antiforgery", Ct);
        Assert.Equal(RequestForgeryProtection.HeaderName, token.GetProperty("headerName").GetString());

        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/sessions/{session.Id}/dossiers") { Content = DossierForms.SampleUpload(null) };
        request.Headers.Add(RequestForgeryProtection.HeaderName, token.GetProperty("token").GetString());
        var response = await browser.SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
    }

    [Fact]
    public async Task A_token_issued_to_another_account_is_refused()
    {
        var first = await factory.CreateUserAsync(GraderRoles.Pedagogy);
        var second = await factory.CreateUserAsync(GraderRoles.Pedagogy);
        using var firstBrowser = await CookieClientAsync(first);
        var foreign = (await firstBrowser.GetFromJsonAsync<JsonElement>("/api/auth/antiforgery", Ct)).GetProperty("token").GetString();
        using var secondBrowser = await CookieClientAsync(second);
        _ = await secondBrowser.GetFromJsonAsync<JsonElement>("/api/auth/antiforgery", Ct);

        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/auth/logout");
        request.Headers.Add(RequestForgeryProtection.HeaderName, foreign);
        var response = await secondBrowser.SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await secondBrowser.GetAsync("/api/auth/me", Ct)).StatusCode);
    }

    [Fact]
    public async Task Bearer_clients_need_no_token()
    {
        var session = await factory.CreateSessionAsync();
        using var script = await factory.ClientForAsync(session.CandidateUser);

        var response = await script.PostAsync($"/api/sessions/{session.Id}/dossiers", DossierForms.SampleUpload(null), Ct);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
    }

    [Fact]
    public async Task Signing_in_again_over_a_stale_cookie_needs_no_token()
    {
        var user = await factory.CreateUserAsync(GraderRoles.Juror);
        using var browser = await CookieClientAsync(user);

        var again = await browser.PostAsJsonAsync("/api/auth/login?useCookies=true", new { email = user.Email, password = GraderApiFactory.Password }, Ct);

        Assert.True(again.IsSuccessStatusCode, $"sign-in answered {(int)again.StatusCode}");
    }

    private async Task<HttpClient> CookieClientAsync(TestUser user)
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = true });
        (await client.PostAsJsonAsync("/api/auth/login?useCookies=true", new { email = user.Email, password = GraderApiFactory.Password }, Ct)).EnsureSuccessStatusCode();
        return client;
    }
}
