using System.Net.Http.Json;
using System.Text.Json;
using Grader.Web.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Grader.Web.Tests;

/// <summary>The juror edits the AI's feedback draft on the review page and publishes it once the grid is final; the candidate then reads exactly that text.</summary>
[Collection(WebCollection.Name)]
public sealed class FeedbackEditorTests(WebFixture web)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_juror_edits_the_draft_publishes_it_after_finalising_and_the_candidate_reads_it()
    {
        Assert.SkipUnless(WebFixture.HasChromium, WebFixture.NoChromium);
        var (session, dossier) = await web.ProcessedDossierAsync("Session de retour");
        using var juror = await web.ApiAsync(session.Juror);
        await ReviewSteps.DecideEveryCompetenceAsync(juror, dossier, 2, Ct);

        var page = await web.NewPageAsync();
        await BrowserChecks.SignInAsync(page, session.Juror);
        await page.GotoAsync($"/jury/revue.html?dossier={dossier}");
        var section = page.Locator("#feedback");
        var text = section.GetByLabel("Texte du retour");
        await Expect(text).Not.ToBeEmptyAsync();
        await Expect(section.Locator("#feedback-origin")).ToContainTextAsync("Texte proposé par l’IA");
        // Not final yet: publishing waits for the jury's decision.
        await Expect(section.GetByRole(AriaRole.Button, new() { Name = "Publier au candidat…" })).ToBeDisabledAsync();

        var edited = "Votre plan d’actions est cohérent avec la stratégie ; chiffrez davantage les indicateurs de suivi.";
        await text.FillAsync(edited);
        await section.GetByRole(AriaRole.Button, new() { Name = "Enregistrer le brouillon" }).ClickAsync();
        await Expect(section.Locator("#feedback-status")).ToHaveTextAsync("Brouillon enregistré.");
        await Expect(section.Locator("#feedback-origin")).ToContainTextAsync("Brouillon modifié par le jury");

        await page.GetByRole(AriaRole.Button, new() { Name = "Finaliser la grille" }).ClickAsync();
        await Expect(page.Locator("#finalisation")).ToContainTextAsync("Grille finalisée le");
        await section.GetByRole(AriaRole.Button, new() { Name = "Publier au candidat…" }).ClickAsync();
        var confirm = section.GetByRole(AriaRole.Button, new() { Name = "Confirmer la publication" });
        await Expect(confirm).ToBeFocusedAsync();
        await BrowserChecks.AssertAccessibleAsync(page, "Relecture : publication du retour");
        await confirm.ClickAsync();
        await Expect(section.Locator("#feedback-status")).ToContainTextAsync("Retour publié au candidat le");
        await Expect(section.Locator("#feedback-origin")).ToContainTextAsync("Dernière publication");
        await section.ScrollIntoViewIfNeededAsync();
        await BrowserChecks.ScreenshotAsync(page, "jury-retour-candidat");

        using var candidate = await web.ApiAsync(session.CandidateUser);
        var released = await candidate.GetFromJsonAsync<JsonElement>($"/api/dossiers/{dossier}/feedback", Ct);
        Assert.Equal(edited, released.GetProperty("latest").GetProperty("text").GetString());
    }

    [Fact]
    public async Task In_blind_first_the_draft_waits_until_every_proposal_is_revealed()
    {
        Assert.SkipUnless(WebFixture.HasChromium, WebFixture.NoChromium);
        var (session, dossier) = await web.ProcessedDossierAsync("Session aveugle de retour", blindFirst: true);

        var page = await web.NewPageAsync();
        await BrowserChecks.SignInAsync(page, session.Juror);
        await page.GotoAsync($"/jury/revue.html?dossier={dossier}");
        var section = page.Locator("#feedback");
        await Expect(section).ToContainTextAsync("Relecture à l’aveugle");
        await Expect(section.GetByLabel("Texte du retour")).ToHaveCountAsync(0);

        // Recording a level everywhere (keyboard, then save) reveals every proposal, and with them the draft.
        var cards = page.Locator("article.competence");
        var count = await cards.CountAsync();
        for (var i = 0; i < count; i++)
        {
            var card = cards.Nth(i);
            await card.FocusAsync();
            await page.Keyboard.PressAsync("2");
            await card.GetByRole(AriaRole.Button, new() { Name = "Enregistrer la décision" }).ClickAsync();
            await Expect(page.Locator("article.competence").Nth(i).Locator(".state-badge")).ToHaveTextAsync("Décidée : niveau 2");
        }

        await Expect(section.GetByLabel("Texte du retour")).Not.ToBeEmptyAsync();
        await BrowserChecks.AssertAccessibleAsync(page, "Relecture à l’aveugle : retour disponible");
    }
}
