using Grader.Api.Identity;
using Grader.Web.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Grader.Web.Tests;

/// <summary>An administrator enrols a candidate already known (a re-sit) in another session from the session's page.</summary>
[Collection(WebCollection.Name)]
public sealed class CandidateReEnrolmentTests(WebFixture web)
{
    [Fact]
    public async Task An_administrator_finds_a_known_candidate_and_enrols_them_in_another_session()
    {
        Assert.SkipUnless(WebFixture.HasChromium, WebFixture.NoChromium);
        var first = await web.App.CreateSessionAsync("Session de juin " + Guid.NewGuid().ToString("N")[..6]);
        var second = await web.App.CreateSessionAsync("Session de rattrapage " + Guid.NewGuid().ToString("N")[..6]);
        var admin = await web.App.CreateUserAsync(GraderRoles.Administrator, "Hugo Lambert");
        var page = await web.NewPageAsync();
        await BrowserChecks.SignInAsync(page, admin);
        await page.GotoAsync($"/admin/session.html?id={second.Id}");
        // The page's script is ready once it has listed the session's candidates.
        await Expect(page.Locator($"#candidates-table tr[data-candidate='{second.CandidateId}']")).ToBeVisibleAsync();

        var search = page.GetByRole(AriaRole.Search);
        await search.GetByLabel("Candidat recherché (nom, courriel, numéro ou identifiant pseudonyme)").FillAsync(first.CandidatePseudonym);
        await search.GetByRole(AriaRole.Button, new() { Name = "Rechercher" }).ClickAsync();
        var row = page.Locator($"#known-table tr[data-known='{first.CandidateId}']");
        await Expect(row).ToContainTextAsync(first.CandidatePseudonym);
        await BrowserChecks.AssertAccessibleAsync(page, "Session (administration), recherche d’un candidat");

        await row.GetByRole(AriaRole.Button, new() { Name = "Inscrire Camille Martin" }).ClickAsync();
        await Expect(page.Locator("#known-status")).ToHaveTextAsync("Camille Martin est inscrit à la session.");
        await Expect(page.Locator($"#candidates-table tr[data-candidate='{first.CandidateId}']")).ToBeVisibleAsync();

        // Searched again, the candidate is shown as already enrolled, with no button.
        await search.GetByLabel("Candidat recherché (nom, courriel, numéro ou identifiant pseudonyme)").FillAsync(first.CandidatePseudonym);
        await search.GetByRole(AriaRole.Button, new() { Name = "Rechercher" }).ClickAsync();
        await Expect(page.Locator($"#known-table tr[data-known='{first.CandidateId}']")).ToContainTextAsync("Déjà inscrit à cette session");
    }
}
