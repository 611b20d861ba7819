using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Grader.Web.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Grader.Web.Tests;

/// <summary>A juror reviews a real, offline pre-assessed dossier in the browser and finalises its grid, without the API.</summary>
[Collection(WebCollection.Name)]
public sealed class JurorReviewTests(WebFixture web)
{
    [Fact]
    public async Task A_juror_signs_in_follows_a_quote_to_its_page_records_every_level_and_finalises()
    {
        Assert.SkipUnless(WebFixture.HasChromium, WebFixture.NoChromium);
        var page = await web.NewPageAsync();

        await page.GotoAsync("/");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Connexion" })).ToBeVisibleAsync();
        await BrowserChecks.AssertAccessibleAsync(page, "Connexion");
        await BrowserChecks.ScreenshotAsync(page, "connexion");

        await BrowserChecks.SignInAsync(page, web.Session.Juror);
        await Expect(page).ToHaveURLAsync(new Regex("/jury/$"));
        await Expect(page.Locator("#account")).ToContainTextAsync("membre du jury");
        var row = page.Locator($"tr[data-dossier='{web.Dossier}']");
        await Expect(row).ToContainTextAsync("Pré-évalué, à relire");
        await Expect(row).ToContainTextAsync("Traitement terminé");
        await BrowserChecks.AssertAccessibleAsync(page, "Mes dossiers");
        await BrowserChecks.ScreenshotAsync(page, "jury-mes-dossiers");

        await row.GetByRole(AriaRole.Link).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync(web.Session.CandidatePseudonym);
        await Expect(page.Locator(".pdf-page").First).ToBeVisibleAsync();
        await Expect(page.Locator("#banner")).ToContainTextAsync("Mode heuristique");

        // A quote on a page after the first: clicking it shows that page, outlined, with the quote highlighted.
        using var api = await web.ApiAsync(web.Session.Juror);
        var grid = await api.GetFromJsonAsync<JsonElement>($"/api/dossiers/{web.Dossier}/review", TestContext.Current.CancellationToken);
        var evidence = grid.GetProperty("competences").EnumerateArray()
            .SelectMany(c => c.GetProperty("proposal").GetProperty("evidence").EnumerateArray())
            .Where(e => e.GetProperty("page").ValueKind == JsonValueKind.Number && e.GetProperty("verified").GetBoolean())
            .OrderByDescending(e => e.GetProperty("page").GetInt32() > 1)
            .First();
        var pageNumber = evidence.GetProperty("page").GetInt32();
        var quote = evidence.GetProperty("quote").GetString()!;
        await page.Locator(".quote-button").Filter(new() { HasText = quote[..Math.Min(30, quote.Length)] }).First.ClickAsync();
        var target = page.Locator($"#page-{pageNumber}");
        await Expect(target).ToHaveClassAsync(new Regex(@"\btarget\b"));
        await Expect(target).ToBeInViewportAsync();
        await Expect(target.Locator(".textLayer span.quote-hit").First).ToBeVisibleAsync();
        await Expect(page.Locator("#viewer-status")).ToHaveTextAsync($"Page {pageNumber} affichée, citation surlignée.");
        await BrowserChecks.AssertAccessibleAsync(page, "Relecture");
        await BrowserChecks.ScreenshotAsync(page, "jury-relecture");

        // Every compétence: keys 0–3 on the focused compétence, and once with the radio button.
        var codes = grid.GetProperty("competences").EnumerateArray().Select(c => c.GetProperty("code").GetString()!).ToList();
        foreach (var (code, index) in codes.Select((c, i) => (c, i)))
        {
            var card = page.Locator($"article.competence[data-code='{code}']");
            if (index == 0)
            {
                await card.Locator("input[type=radio][value='3']").CheckAsync();
            }
            else
            {
                await card.FocusAsync();
                await page.Keyboard.PressAsync("2");
                await Expect(card.Locator("input[type=radio][value='2']")).ToBeCheckedAsync();
            }

            await card.GetByRole(AriaRole.Button, new() { Name = "Enregistrer la décision" }).ClickAsync();
            await Expect(card.Locator(".state-badge")).ToHaveTextAsync($"Décidée : niveau {(index == 0 ? 3 : 2)}");
        }

        await Expect(page.Locator("#grid-summary")).ToContainTextAsync($"{codes.Count} compétences décidées sur {codes.Count}");
        await page.GetByRole(AriaRole.Button, new() { Name = "Finaliser la grille" }).ClickAsync();
        await Expect(page.Locator("#finalisation")).ToContainTextAsync("Grille finalisée le");
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Télécharger la grille (DOCX)" }).ClickAsync());
        Assert.EndsWith(".docx", download.SuggestedFilename, StringComparison.Ordinal);
        await BrowserChecks.AssertAccessibleAsync(page, "Relecture finalisée");

        var final = await api.GetFromJsonAsync<JsonElement>($"/api/dossiers/{web.Dossier}/review", TestContext.Current.CancellationToken);
        Assert.Equal("final", final.GetProperty("grid").GetProperty("state").GetString());
        Assert.All(final.GetProperty("competences").EnumerateArray(), c => Assert.Equal(JsonValueKind.Number, c.GetProperty("decision").GetProperty("level").ValueKind));
    }

    [Fact]
    public async Task Blind_first_hides_the_proposal_until_the_juror_saves_a_level()
    {
        Assert.SkipUnless(WebFixture.HasChromium, WebFixture.NoChromium);
        var page = await web.NewPageAsync();
        await BrowserChecks.SignInAsync(page, web.BlindSession.Juror);
        await page.GotoAsync($"/jury/revue.html?dossier={web.BlindDossier}");

        var cards = page.Locator("article.competence");
        await Expect(cards.First).ToBeVisibleAsync();
        var first = cards.Nth(0);
        var code = await first.GetAttributeAsync("data-code");
        await Expect(first.Locator(".proposal-hidden")).ToContainTextAsync("masquée");
        await Expect(page.Locator(".proposal")).ToHaveCountAsync(0);
        await BrowserChecks.AssertAccessibleAsync(page, "Relecture à l’aveugle");
        await BrowserChecks.ScreenshotAsync(page, "jury-relecture-aveugle");

        await first.FocusAsync();
        await page.Keyboard.PressAsync("1");
        await first.GetByRole(AriaRole.Button, new() { Name = "Enregistrer la décision" }).ClickAsync();

        var revealed = page.Locator($"article.competence[data-code='{code}']");
        await Expect(revealed.Locator(".proposal")).ToContainTextAsync("Proposition de l’IA");
        await Expect(revealed.Locator(".proposal-hidden")).ToHaveCountAsync(0);
        await Expect(page.Locator(".proposal")).ToHaveCountAsync(1);
        await Expect(cards.Nth(1).Locator(".proposal-hidden")).ToBeVisibleAsync();

        // At 200 % zoom (half the CSS width of a laptop), the page reflows into one column without sideways scrolling.
        await page.SetViewportSizeAsync(640, 400);
        await Expect(page.Locator("#grid-title")).ToBeVisibleAsync();
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= document.documentElement.clientWidth"),
            "La page de relecture défile horizontalement à 200 % de zoom.");
    }
}
