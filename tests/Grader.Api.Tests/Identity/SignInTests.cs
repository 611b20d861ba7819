using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Grader.Api.Identity;
using Grader.Api.Tests.Support;

namespace Grader.Api.Tests.Identity;

public sealed class SignInTests(GraderApiFactory factory) : IClassFixture<GraderApiFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_bearer_token_from_sign_in_opens_the_account_and_names_its_roles()
    {
        var juror = await factory.CreateUserAsync(GraderRoles.Juror);
        var client = await factory.ClientForAsync(juror);

        var me = await client.GetFromJsonAsync<JsonElement>("/api/auth/me", Ct);

        Assert.Equal(juror.Id, me.GetProperty("id").GetString());
        Assert.Equal([GraderRoles.Juror], me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
    }

    [Fact]
    public async Task A_wrong_password_is_refused_in_French_without_saying_which_part_was_wrong()
    {
        var juror = await factory.CreateUserAsync(GraderRoles.Juror);

        var response = await factory.CreateClient().PostAsJsonAsync("/api/auth/login", new { email = juror.Email, password = "pas le bon mot de passe" }, Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal("Adresse électronique ou mot de passe incorrect.", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Anonymous_and_forged_tokens_get_401_not_a_redirect()
    {
        var anonymous = await factory.CreateClient().GetAsync("/api/auth/me", Ct);
        var forgedClient = factory.CreateClient();
        forgedClient.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "pas-un-jeton");
        var forged = await forgedClient.GetAsync("/api/auth/me", Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, forged.StatusCode);
    }

    [Fact]
    public async Task A_refresh_token_gives_a_new_access_token_until_the_roles_change()
    {
        var admin = await factory.ClientAsAsync(GraderRoles.Administrator);
        var user = await factory.CreateUserAsync(GraderRoles.Juror);
        var login = await (await factory.CreateClient().PostAsJsonAsync("/api/auth/login", new { email = user.Email, password = GraderApiFactory.Password }, Ct))
            .Content.ReadFromJsonAsync<JsonElement>(Ct);
        var refreshToken = login.GetProperty("refreshToken").GetString();

        var refreshed = await factory.CreateClient().PostAsJsonAsync("/api/auth/refresh", new { refreshToken }, Ct);
        Assert.Equal(HttpStatusCode.OK, refreshed.StatusCode);
        Assert.False(string.IsNullOrEmpty((await refreshed.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("accessToken").GetString()));

        (await admin.PutAsJsonAsync($"/api/users/{user.Id}/roles", new { roles = new[] { GraderRoles.Pedagogy } }, Ct)).EnsureSuccessStatusCode();
        var afterChange = await factory.CreateClient().PostAsJsonAsync("/api/auth/refresh", new { refreshToken }, Ct);
        Assert.Equal(HttpStatusCode.Unauthorized, afterChange.StatusCode);
    }

    [Fact]
    public async Task Cookie_sign_in_serves_the_web_application()
    {
        var user = await factory.CreateUserAsync(GraderRoles.Candidate);
        var client = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { HandleCookies = true });

        (await client.PostAsJsonAsync("/api/auth/login?useCookies=true", new { email = user.Email, password = GraderApiFactory.Password }, Ct)).EnsureSuccessStatusCode();
        var me = await client.GetFromJsonAsync<JsonElement>("/api/auth/me", Ct);

        Assert.Equal(user.Id, me.GetProperty("id").GetString());
    }
}
