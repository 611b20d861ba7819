using System.Net;
using System.Net.Http.Json;
using Grader.Api.Identity;
using Grader.Api.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Grader.Api.Tests.Identity;

public sealed class FirstAdministratorTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_bootstrap_settings_create_the_first_administrator_who_can_then_create_accounts()
    {
        await using var factory = new GraderApiFactory()
            .With("Grader:Bootstrap:AdminEmail", "premiere.admin@example.test")
            .With("Grader:Bootstrap:AdminPassword", "UnMotDePasseSolide2026");
        var client = factory.CreateClient();

        var login = await client.PostAsJsonAsync("/api/auth/login", new { email = "premiere.admin@example.test", password = "UnMotDePasseSolide2026" }, Ct);
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        var token = (await login.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>(Ct)).GetProperty("accessToken").GetString();
        client.DefaultRequestHeaders.Authorization = new("Bearer", token);

        var created = await client.PostAsJsonAsync("/api/users", new { email = "jure@example.test", displayName = "Jurée", password = "EncoreUnMotDePasse2026", roles = new[] { "juror" } }, Ct);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
    }

    [Fact]
    public async Task Without_bootstrap_settings_there_is_no_account_and_no_default_password()
    {
        await using var factory = new GraderApiFactory();
        _ = factory.CreateClient();

        var accounts = await factory.WithDbAsync(db => db.Users.CountAsync(Ct));
        var refused = await factory.CreateClient().PostAsJsonAsync("/api/auth/login", new { email = "admin", password = "admin" }, Ct);

        Assert.Equal(0, accounts);
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
    }

    [Fact]
    public async Task A_weak_bootstrap_password_stops_the_service_with_the_reason()
    {
        await using var factory = new GraderApiFactory()
            .With("Grader:Bootstrap:AdminEmail", "admin@example.test")
            .With("Grader:Bootstrap:AdminPassword", "court");

        var failure = Assert.Throws<InvalidOperationException>(() => factory.CreateClient());

        Assert.Contains("au moins 12 caractères", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Administrators_get_French_reasons_when_an_account_is_refused()
    {
        await using var factory = new GraderApiFactory();
        var admin = await factory.ClientAsAsync(GraderRoles.Administrator);

        var weak = await admin.PostAsJsonAsync("/api/users", new { email = "x@example.test", displayName = "X", password = "court", roles = new[] { "juror" } }, Ct);
        var badRole = await admin.PostAsJsonAsync("/api/users", new { email = "y@example.test", displayName = "Y", password = "UnMotDePasseSolide2026", roles = new[] { "superuser" } }, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, weak.StatusCode);
        Assert.Contains("au moins 12 caractères", await weak.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, badRole.StatusCode);
        Assert.Contains("superuser", await badRole.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }
}
