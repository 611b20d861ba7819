using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Grader.Api.Identity;
using Grader.Api.Tests.Support;
using Grader.Persistence.Entities;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Grader.Api.Tests.Identity;

/// <summary>A token or cookie stops working as soon as its account changes (roles, disabled, erased), not an hour later.</summary>
public sealed class AccountFreshnessTests(AccountFreshnessTests.EveryRequestFactory factory) : IClassFixture<AccountFreshnessTests.EveryRequestFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>The account is read on every request, so the tests need not wait for the cache.</summary>
    public sealed class EveryRequestFactory : GraderApiFactory
    {
        public EveryRequestFactory() => With("Grader:Auth:AccountCheck:Interval", "00:00:00");
    }

    [Fact]
    public async Task A_bearer_token_stops_working_once_an_administrator_changes_the_roles()
    {
        var juror = await factory.CreateUserAsync(GraderRoles.Juror);
        using var client = await factory.ClientForAsync(juror);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/auth/me", Ct)).StatusCode);
        using var admin = await factory.ClientAsAsync(GraderRoles.Administrator);

        (await admin.PutAsJsonAsync($"/api/users/{juror.Id}/roles", new { roles = new[] { GraderRoles.Candidate } }, Ct)).EnsureSuccessStatusCode();
        var after = await client.GetAsync("/api/sessions", Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
        var problem = await after.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal("account-changed", problem.GetProperty("code").GetString());
        Assert.Contains("reconnectez-vous", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);

        // Signing in again gives the new roles.
        using var again = await factory.ClientForAsync(juror);
        var me = await again.GetFromJsonAsync<JsonElement>("/api/auth/me", Ct);
        Assert.Equal(GraderRoles.Candidate, Assert.Single(me.GetProperty("roles").EnumerateArray()).GetString());
    }

    [Fact]
    public async Task A_deleted_account_loses_its_cookie_at_once()
    {
        var pedagogue = await factory.CreateUserAsync(GraderRoles.Pedagogy);
        using var browser = factory.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = true });
        (await browser.PostAsJsonAsync("/api/auth/login?useCookies=true", new { email = pedagogue.Email, password = GraderApiFactory.Password }, Ct)).EnsureSuccessStatusCode();
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/api/auth/me", Ct)).StatusCode);

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<GraderUser>>();
            Assert.True((await users.DeleteAsync((await users.FindByIdAsync(pedagogue.Id))!)).Succeeded);
        }

        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.GetAsync("/api/auth/me", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.GetAsync("/api/rubrics/developpement-commercial/guidelines", Ct)).StatusCode);
    }

    [Fact]
    public async Task An_unchanged_account_keeps_working()
    {
        using var client = await factory.ClientAsAsync(GraderRoles.Pedagogy);

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/auth/me", Ct)).StatusCode);
        }
    }
}
