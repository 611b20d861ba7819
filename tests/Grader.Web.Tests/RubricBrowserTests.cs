using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Grader.Api.Identity;
using Grader.Pipeline.Rubrics.Guidelines;
using Grader.Web.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Grader.Web.Tests;

/// <summary>
/// The pedagogical team browses the référentiel to a compétence's critères, edits its signals (an invalid entry is refused in
/// the browser, a valid one publishes the next version of the référentiel) and its correction guidelines. The service runs
/// on a copy of the rubrics folder (WebAppFactory), so nothing is written into the repository.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class RubricBrowserTests(WebFixture web)
{
    private const string Rubric = "developpement-commercial";

    [Fact]
    public async Task A_pedagogue_browses_to_the_criteria_edits_the_signals_and_a_guideline()
    {
        Assert.SkipUnless(WebFixture.HasChromium, WebFixture.NoChromium);
        var ct = TestContext.Current.CancellationToken;
        var pedagogue = await web.App.CreateUserAsync(GraderRoles.Pedagogy, "Nadia Lefèvre");
        using var client = await web.ApiAsync(pedagogue);
        var version = (await client.GetFromJsonAsync<JsonElement>($"/api/rubrics/{Rubric}", ct)).GetProperty("version").GetString()!;
        var guidelinesBefore = await client.GetFromJsonAsync<JsonElement>($"/api/rubrics/{Rubric}/guidelines", ct);
        Assert.True(GuidelinesVersion.TryParse(version, out var parsed));
        var next = parsed.NextMinor().ToString();

        var page = await web.NewPageAsync();
        await BrowserChecks.SignInAsync(page, pedagogue);
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Navigation principale" }).GetByRole(AriaRole.Link, new() { Name = "Référentiel" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/pedagogie/referentiel\\.html$"));
        await Expect(page.Locator("#rubric-version")).ToContainTextAsync($"Version {version} du référentiel");
        await Expect(page.GetByRole(AriaRole.Table)).ToContainTextAsync("maîtrisé");

        // Browse: bloc → activity → compétence → critères, épreuves → deliverables, with the keyboard on the summaries.
        var bloc = page.Locator("details.bloc[data-bloc='bloc-1']");
        await bloc.Locator("> summary").FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await bloc.Locator("details.activity[data-activity='a-1-1'] > summary").ClickAsync();
        var competence = page.Locator("#competence-c-1-1-1");
        await competence.Locator("> summary").ClickAsync();
        await Expect(competence.Locator("[data-criterion='c-1-1-1.1']")).ToHaveTextAsync("La veille est réalisée de manière structurée et exhaustive.");
        await Expect(competence).ToContainTextAsync("Mode d’évaluation : à l’écrit (dossier)");
        await Expect(competence.Locator("ul.signals li").First).ToHaveTextAsync("benchmark concurrentiel");
        await Expect(competence.Locator(".guidance-slot")).Not.ToContainTextAsync("null");
        await bloc.Locator("details.epreuve[data-epreuve='e1'] > summary").ClickAsync();
        await Expect(bloc.Locator("details.epreuve[data-epreuve='e1'] [data-deliverable='e1.d1']")).ToBeVisibleAsync();
        await BrowserChecks.AssertAccessibleAsync(page, "Référentiel (consultation)");
        await BrowserChecks.ScreenshotAsync(page, "pedagogie-referentiel");

        // The search filters compétences by code and opens what holds them.
        await page.GetByLabel("Rechercher une compétence").FillAsync("C.2.2.4");
        await Expect(page.Locator("#search-status")).ToHaveTextAsync("1 compétence trouvée.");
        await Expect(page.Locator("#competence-c-2-2-4 > summary")).ToBeVisibleAsync();
        await Expect(competence).ToBeHiddenAsync();
        await page.GetByLabel("Rechercher une compétence").FillAsync("veille commerciale");
        await Expect(competence.Locator("> summary")).ToBeVisibleAsync();
        await page.GetByLabel("Rechercher une compétence").FillAsync("");

        // Signals: a duplicate (case and accents do not count) is refused in the browser, nothing is published.
        await competence.GetByRole(AriaRole.Button, new() { Name = "Modifier les signaux de C.1.1.1." }).ClickAsync();
        var editor = competence.Locator("form.editor");
        var rows = editor.Locator(".signal-row");
        var count = await rows.CountAsync();
        await editor.GetByRole(AriaRole.Button, new() { Name = "Ajouter un signal" }).ClickAsync();
        var added = editor.GetByLabel($"Signal {count + 1}", new() { Exact = true });
        await Expect(added).ToBeFocusedAsync();
        await added.FillAsync("pestel");
        await editor.GetByRole(AriaRole.Button, new() { Name = "Publier les signaux" }).ClickAsync();
        await Expect(added).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(rows.Last.Locator(".field-error")).ToContainTextAsync($"Signal {count + 1} : « pestel » répète le signal");
        await Expect(editor.GetByRole(AriaRole.Alert)).ToContainTextAsync("1 erreur à corriger avant de publier");
        await Expect(added).ToBeFocusedAsync();
        Assert.Equal(version, (await client.GetFromJsonAsync<JsonElement>($"/api/rubrics/{Rubric}", ct)).GetProperty("version").GetString());
        await BrowserChecks.AssertAccessibleAsync(page, "Référentiel (modification des signaux, erreur)");
        await BrowserChecks.ScreenshotAsync(page, "pedagogie-referentiel-signaux");

        // A valid list publishes the next minor version.
        await added.FillAsync("analyse des risques pays");
        await editor.GetByRole(AriaRole.Button, new() { Name = "Publier les signaux" }).ClickAsync();
        await Expect(page.Locator("#status")).ToContainTextAsync($"Version {next} publiée");
        await Expect(competence.Locator("ul.signals li").Last).ToHaveTextAsync("analyse des risques pays");
        await Expect(page.Locator("#rubric-version")).ToContainTextAsync($"Version {next} du référentiel");
        await Expect(competence.GetByRole(AriaRole.Button, new() { Name = "Modifier les signaux de C.1.1.1." })).ToBeFocusedAsync();
        var published = await client.GetFromJsonAsync<JsonElement>($"/api/rubrics/{Rubric}/competences/c-1-1-1", ct);
        Assert.Equal(next, published.GetProperty("rubricVersion").GetString());
        Assert.Equal("analyse des risques pays", published.GetProperty("competence").GetProperty("signals").EnumerateArray().Last().GetString());

        // Guidelines: an anchor without excerpt is refused in the browser; then the set is published with this entry.
        await competence.GetByRole(AriaRole.Button, new() { Name = "Modifier les consignes de C.1.1.1." }).ClickAsync();
        var guidance = competence.Locator("form.editor");
        await guidance.GetByLabel("Consignes de correction").FillAsync("Vérifier que la veille cite ses sources et en tire une conséquence pour la stratégie.");
        await guidance.GetByRole(AriaRole.Button, new() { Name = "Ajouter un exemple d’ancrage" }).ClickAsync();
        await guidance.GetByLabel("Niveau illustré").SelectOptionAsync("1");
        await guidance.GetByRole(AriaRole.Button, new() { Name = "Publier les consignes" }).ClickAsync();
        await Expect(guidance.Locator(".anchor-row .field-error:not([hidden])")).ToContainTextAsync("Exemple 1 : l’extrait est vide.");
        await Expect(guidance.GetByLabel("Extrait")).ToBeFocusedAsync();
        await BrowserChecks.AssertAccessibleAsync(page, "Référentiel (modification des consignes, erreur)");
        await guidance.GetByLabel("Extrait").FillAsync("Nous avons regardé ce que font les concurrents sur internet.");
        await guidance.GetByLabel("Note (facultative) : pourquoi ce niveau").FillAsync("Aucune source nommée.");
        await guidance.GetByRole(AriaRole.Button, new() { Name = "Publier les consignes" }).ClickAsync();
        await Expect(page.Locator("#status")).ToContainTextAsync("Consignes de correction version");
        await Expect(competence.Locator(".guidelines")).ToHaveTextAsync("Vérifier que la veille cite ses sources et en tire une conséquence pour la stratégie.");
        await Expect(competence.Locator("ul.anchors li")).ToContainTextAsync("Niveau 1 (insuffisant)");

        var guidelinesAfter = await client.GetFromJsonAsync<JsonElement>($"/api/rubrics/{Rubric}/guidelines", ct);
        Assert.NotEqual(guidelinesBefore.GetProperty("version").GetString(), guidelinesAfter.GetProperty("version").GetString());
        var before = guidelinesBefore.GetProperty("competences").EnumerateArray().Select(c => c.GetProperty("competenceId").GetString()).ToList();
        var after = guidelinesAfter.GetProperty("competences").EnumerateArray().Select(c => c.GetProperty("competenceId").GetString()).ToList();
        Assert.Equal(before.Union(["c-1-1-1"]).Order(), after.Order());
        await BrowserChecks.AssertAccessibleAsync(page, "Référentiel (après publication)");

        // At 200 % zoom the page reflows: no sideways scrolling.
        await page.SetViewportSizeAsync(640, 400);
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= document.documentElement.clientWidth"),
            "La page du référentiel défile horizontalement à 200 % de zoom.");
    }

    [Fact]
    public async Task A_juror_reads_the_referentiel_without_editors_and_a_candidate_is_refused()
    {
        Assert.SkipUnless(WebFixture.HasChromium, WebFixture.NoChromium);
        var juror = await web.App.CreateUserAsync(GraderRoles.Juror, "Marc Dubois");
        var page = await web.NewPageAsync();
        await BrowserChecks.SignInAsync(page, juror);
        await page.GotoAsync("/pedagogie/referentiel.html");
        await Expect(page.Locator("#rubric-version")).ToContainTextAsync("consignes de correction");
        await Expect(page.Locator("details.competence-node").First).ToBeAttachedAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Modifier les signaux" })).ToHaveCountAsync(0);
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Modifier les consignes" })).ToHaveCountAsync(0);

        var candidate = await web.App.CreateUserAsync(GraderRoles.Candidate, "Léa Petit");
        var other = await web.NewPageAsync();
        await BrowserChecks.SignInAsync(other, candidate);
        await other.GotoAsync("/pedagogie/referentiel.html");
        await Expect(other.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Accès refusé");
        await Expect(other.Locator("details.competence-node")).ToHaveCountAsync(0);
    }
}
