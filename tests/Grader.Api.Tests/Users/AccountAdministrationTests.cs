using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Grader.Api.Identity;
using Grader.Api.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Grader.Api.Tests.Users;

/// <summary>Disabling and re-enabling accounts, and listing them by role.</summary>
public sealed class AccountAdministrationTests(GraderApiFactory factory) : IClassFixture<GraderApiFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_disabled_account_can_no_longer_sign_in_nor_refresh_until_it_is_re_enabled()
    {
        var admin = await factory.ClientAsAsync(GraderRoles.Administrator);
        var juror = await factory.CreateUserAsync(GraderRoles.Juror);
        var login = await factory.CreateClient().PostAsJsonAsync("/api/auth/login", new { email = juror.Email, password = GraderApiFactory.Password }, Ct);
        var refreshToken = (await login.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("refreshToken").GetString();

        var disabled = await admin.PutAsJsonAsync($"/api/users/{juror.Id}/status", new { enabled = false }, Ct);

        Assert.Equal(HttpStatusCode.OK, disabled.StatusCode);
        Assert.True((await disabled.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("disabled").GetBoolean());
        Assert.Equal(HttpStatusCode.Unauthorized, (await SignInAsync(juror)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.CreateClient().PostAsJsonAsync("/api/auth/refresh", new { refreshToken }, Ct)).StatusCode);
        var listed = await admin.GetFromJsonAsync<JsonElement>("/api/users?role=juror&pageSize=100", Ct);
        Assert.True(listed.GetProperty("items").EnumerateArray().Single(u => u.GetProperty("id").GetString() == juror.Id).GetProperty("disabled").GetBoolean());
        Assert.True(await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == "user.disabled" && a.EntityId == juror.Id, Ct)));

        var enabled = await admin.PutAsJsonAsync($"/api/users/{juror.Id}/status", new { enabled = true }, Ct);

        Assert.Equal(HttpStatusCode.OK, enabled.StatusCode);
        Assert.False((await enabled.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("disabled").GetBoolean());
        Assert.Equal(HttpStatusCode.OK, (await SignInAsync(juror)).StatusCode);
        Assert.True(await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == "user.enabled" && a.EntityId == juror.Id, Ct)));
    }

    [Fact]
    public async Task An_administrator_cannot_disable_their_own_account()
    {
        var adminUser = await factory.CreateUserAsync(GraderRoles.Administrator);
        var admin = await factory.ClientForAsync(adminUser);

        var response = await admin.PutAsJsonAsync($"/api/users/{adminUser.Id}/status", new { enabled = false }, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("votre propre compte", (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await SignInAsync(adminUser)).StatusCode);
        Assert.False(await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == "user.disabled" && a.EntityId == adminUser.Id, Ct)));
    }

    [Fact]
    public async Task A_status_request_without_its_value_or_for_an_unknown_account_is_refused_in_French()
    {
        var admin = await factory.ClientAsAsync(GraderRoles.Administrator);
        var juror = await factory.CreateUserAsync(GraderRoles.Juror);

        var empty = await admin.PutAsJsonAsync($"/api/users/{juror.Id}/status", new { }, Ct);
        var unknown = await admin.PutAsJsonAsync("/api/users/inconnu/status", new { enabled = false }, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Contains("enabled", await empty.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Contains("Ce compte est introuvable", await unknown.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_list_filters_by_role_and_refuses_an_unknown_one()
    {
        var admin = await factory.ClientAsAsync(GraderRoles.Administrator);
        var juror = await factory.CreateUserAsync(GraderRoles.Juror);
        var candidate = await factory.CreateUserAsync(GraderRoles.Candidate);

        var jurors = await admin.GetFromJsonAsync<JsonElement>("/api/users?role=juror&pageSize=100", Ct);
        var unknown = await admin.GetAsync("/api/users?role=superuser", Ct);

        var ids = jurors.GetProperty("items").EnumerateArray().Select(u => u.GetProperty("id").GetString()).ToList();
        Assert.Contains(juror.Id, ids);
        Assert.DoesNotContain(candidate.Id, ids);
        Assert.All(jurors.GetProperty("items").EnumerateArray(), u => Assert.Contains("juror", u.GetProperty("roles").EnumerateArray().Select(r => r.GetString())));
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Contains("Rôles attendus", await unknown.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    private Task<HttpResponseMessage> SignInAsync(TestUser user) =>
        factory.CreateClient().PostAsJsonAsync("/api/auth/login", new { email = user.Email, password = GraderApiFactory.Password }, Ct);
}
