using System.Net.Http.Json;
using System.Text.Json;
using Grader.Api.Identity;
using Grader.Web.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Grader.Web.Tests;

/// <summary>After the pedagogical team publishes a version, a session keeps its own until an administrator moves it forward from its page.</summary>
[Collection(WebCollection.Name)]
public sealed class SessionVersionTests(WebFixture web)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_administrator_moves_a_session_to_the_version_in_force()
    {
        Assert.SkipUnless(WebFixture.HasChromium, WebFixture.NoChromium);
        var session = await web.App.CreateSessionAsync("Session à faire évoluer " + Guid.NewGuid().ToString("N")[..6]);
        var pedagogue = await web.App.CreateUserAsync(GraderRoles.Pedagogy, "Sophie Perrin");
        using (var pedagogy = await web.ApiAsync(pedagogue))
        {
            var competence = await pedagogy.GetFromJsonAsync<JsonElement>("/api/rubrics/developpement-commercial/competences/C.3.1.1", Ct);
            var signals = competence.GetProperty("competence").GetProperty("signals").EnumerateArray().Select(s => s.GetString()!)
                .Append("rituel d’équipe " + Guid.NewGuid().ToString("N")[..6]).ToList();
            (await pedagogy.PutAsJsonAsync("/api/rubrics/developpement-commercial/competences/C.3.1.1/signals",
                new { baseVersion = competence.GetProperty("rubricVersion").GetString(), signals }, Ct)).EnsureSuccessStatusCode();
        }

        var admin = await web.App.CreateUserAsync(GraderRoles.Administrator, "Louis Marchand");
        using var adminApi = await web.ApiAsync(admin);
        var before = (await adminApi.GetFromJsonAsync<JsonElement>($"/api/sessions/{session.Id}", Ct)).GetProperty("rubricVersion").GetString()!;
        var inForce = (await adminApi.GetFromJsonAsync<JsonElement>("/api/rubrics/developpement-commercial", Ct)).GetProperty("version").GetString()!;
        Assert.NotEqual(before, inForce);

        var page = await web.NewPageAsync();
        await BrowserChecks.SignInAsync(page, admin);
        await page.GotoAsync($"/admin/session.html?id={session.Id}");
        var move = page.GetByLabel($"Passer de la version {before} à la version en vigueur, {inForce}");
        await Expect(move).ToBeVisibleAsync();
        await BrowserChecks.AssertAccessibleAsync(page, "Session (administration), version à faire évoluer");
        await move.CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer les réglages" }).ClickAsync();

        await Expect(page.Locator("#settings-status")).ToHaveTextAsync("Réglages enregistrés.");
        await Expect(page.Locator("#move-version-field")).ToBeHiddenAsync();
        Assert.Equal(inForce, (await adminApi.GetFromJsonAsync<JsonElement>($"/api/sessions/{session.Id}", Ct)).GetProperty("rubricVersion").GetString());
    }
}
