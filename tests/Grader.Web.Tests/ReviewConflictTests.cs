using System.Net.Http.Json;
using System.Text.Json;
using Grader.Web.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Grader.Web.Tests;

/// <summary>
/// The review page's two less travelled paths: a decision recorded by someone else in the meantime (409, shown in
/// French with what is now stored, then a reload), and reopening a finalised grid with a reason.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class ReviewConflictTests(WebFixture web)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_decision_changed_meanwhile_is_shown_as_a_conflict_and_the_grid_reloads()
    {
        Assert.SkipUnless(WebFixture.HasChromium, WebFixture.NoChromium);
        var (session, dossier) = await web.ProcessedDossierAsync("Session de conflit");

        var page = await web.NewPageAsync();
        await BrowserChecks.SignInAsync(page, session.Juror);
        await page.GotoAsync($"/jury/revue.html?dossier={dossier}");
        var card = page.Locator("article.competence").First;
        await Expect(card).ToBeVisibleAsync();
        var code = (await card.GetAttributeAsync("data-code"))!;

        // Meanwhile, the same compétence is decided elsewhere (another tab, another member of the jury).
        using var other = await web.ApiAsync(session.Juror);
        (await other.PutAsJsonAsync($"/api/dossiers/{dossier}/decisions/{Uri.EscapeDataString(code)}",
            new { level = 1, comment = "Décidé dans un autre onglet.", version = 0 }, Ct)).EnsureSuccessStatusCode();

        await card.Locator("input[type=radio][value='3']").CheckAsync();
        await card.GetByRole(AriaRole.Button, new() { Name = "Enregistrer la décision" }).ClickAsync();

        var alert = card.Locator(".conflict [role=alert]");
        await Expect(alert).ToContainTextAsync("niveau 1");
        await Expect(alert).ToContainTextAsync("« Décidé dans un autre onglet. »");
        await Expect(alert).ToContainTextAsync($"par {session.Juror.DisplayName}, le");
        var reload = alert.GetByRole(AriaRole.Button, new() { Name = "Recharger la grille" });
        await Expect(reload).ToBeFocusedAsync();
        await BrowserChecks.AssertAccessibleAsync(page, "Relecture : conflit");

        await reload.ClickAsync();
        var refreshed = page.Locator($"article.competence[data-code='{code}']");
        await Expect(refreshed.Locator(".state-badge")).ToHaveTextAsync("Décidée : niveau 1");
        await Expect(refreshed.Locator("input[type=radio][value='1']")).ToBeCheckedAsync();
        await Expect(refreshed.Locator(".conflict [role=alert]")).ToHaveCountAsync(0);

        // The stored decision is the other one: the browser's stale save changed nothing.
        var grid = await other.GetFromJsonAsync<JsonElement>($"/api/dossiers/{dossier}/review", Ct);
        var stored = grid.GetProperty("competences").EnumerateArray().Single(c => c.GetProperty("code").GetString() == code);
        Assert.Equal(1, stored.GetProperty("decision").GetProperty("level").GetInt32());
    }

    [Fact]
    public async Task A_finalised_grid_is_reopened_with_a_reason_and_can_be_decided_again()
    {
        Assert.SkipUnless(WebFixture.HasChromium, WebFixture.NoChromium);
        var (session, dossier) = await web.ProcessedDossierAsync("Session de réouverture");
        using var juror = await web.ApiAsync(session.Juror);
        await ReviewSteps.DecideEveryCompetenceAsync(juror, dossier, 2, Ct);

        var decided = await juror.GetFromJsonAsync<JsonElement>($"/api/dossiers/{dossier}/review", Ct);
        (await juror.PostAsJsonAsync($"/api/dossiers/{dossier}/finalise",
            new { blocDecision = (string?)null, comment = "", version = decided.GetProperty("grid").GetProperty("version").GetInt64() }, Ct)).EnsureSuccessStatusCode();

        var page = await web.NewPageAsync();
        await BrowserChecks.SignInAsync(page, session.Juror);
        await page.GotoAsync($"/jury/revue.html?dossier={dossier}");
        await Expect(page.Locator("#finalisation")).ToContainTextAsync("Grille finalisée le");
        var reopen = page.GetByRole(AriaRole.Button, new() { Name = "Rouvrir la grille" });

        // Without a reason: refused in the page, nothing sent.
        await reopen.ClickAsync();
        await Expect(page.Locator("#finalisation .final-status")).ToHaveTextAsync("Indiquez le motif de la réouverture.");
        await Expect(page.Locator("#reopen-reason")).ToBeFocusedAsync();

        await page.GetByLabel("Motif de la réouverture (obligatoire)").FillAsync("Erreur de saisie sur la première compétence.");
        await reopen.ClickAsync();
        await Expect(page.Locator("#finalisation .final-status")).ToHaveTextAsync("Grille rouverte : les décisions sont de nouveau modifiables.");
        await Expect(page.Locator("#finalisation li").First).ToContainTextAsync($"{session.Juror.DisplayName} : Erreur de saisie sur la première compétence.");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Finaliser la grille" })).ToBeVisibleAsync();
        await BrowserChecks.AssertAccessibleAsync(page, "Relecture rouverte");

        // Decisions are editable again: the first one changes and is saved.
        var card = page.Locator("article.competence").First;
        await card.Locator("input[type=radio][value='3']").CheckAsync();
        await card.GetByRole(AriaRole.Button, new() { Name = "Enregistrer la décision" }).ClickAsync();
        await Expect(card.Locator(".state-badge")).ToHaveTextAsync("Décidée : niveau 3");

        var after = await juror.GetFromJsonAsync<JsonElement>($"/api/dossiers/{dossier}/review", Ct);
        Assert.NotEqual("final", after.GetProperty("grid").GetProperty("state").GetString());
        Assert.Equal("Erreur de saisie sur la première compétence.",
            Assert.Single(after.GetProperty("grid").GetProperty("reopenings").EnumerateArray()).GetProperty("reason").GetString());
    }
}
