using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Grader.Api.Identity;
using Grader.Web.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Grader.Web.Tests;

/// <summary>
/// The pedagogical team lands on the agreement page, chooses a session whose finalised grid departs from the AI on
/// one compétence, reads its figures and follows the disagreement to the (read-only) review page.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class PedagogyAgreementTests(WebFixture web)
{
    [Fact]
    public async Task The_pedagogical_team_chooses_a_session_reads_its_agreement_and_opens_a_disagreement()
    {
        Assert.SkipUnless(WebFixture.HasChromium, WebFixture.NoChromium);
        var ct = TestContext.Current.CancellationToken;

        // A session of its own (the shared one is finalised by another test): the juror departs from the AI on the
        // first compétence the AI levelled, keeps the AI's level elsewhere, then finalises.
        var session = await web.App.CreateSessionAsync("Session d’accord " + Guid.NewGuid().ToString("N")[..6]);
        var dossier = await web.UploadSampleAsync(session);
        await web.WaitProcessedAsync(session.CandidateUser, dossier);
        using var juror = await web.ApiAsync(session.Juror);
        var grid = await juror.GetFromJsonAsync<JsonElement>($"/api/dossiers/{dossier}/review", ct);
        var scale = grid.GetProperty("scale").EnumerateArray().Select(s => s.GetProperty("value").GetInt32()).ToList();
        string? changedCode = null;
        int aiLevel = 0, juryLevel = 0;
        foreach (var competence in grid.GetProperty("competences").EnumerateArray())
        {
            var code = competence.GetProperty("code").GetString()!;
            var proposal = competence.GetProperty("proposal");
            var proposed = proposal.ValueKind == JsonValueKind.Object && proposal.GetProperty("level").ValueKind == JsonValueKind.Number
                ? proposal.GetProperty("level").GetInt32() : (int?)null;
            var level = proposed ?? scale[^1];
            var comment = "";
            if (proposed is int ai && changedCode is null)
            {
                changedCode = code;
                aiLevel = ai;
                juryLevel = ai == scale[0] ? scale[^1] : scale[0];
                level = juryLevel;
                comment = "Les preuves citées ne suffisent pas pour ce niveau.";
            }

            var put = await juror.PutAsJsonAsync($"/api/dossiers/{dossier}/decisions/{Uri.EscapeDataString(code)}", new { level, comment, version = 0 }, ct);
            put.EnsureSuccessStatusCode();
        }

        Assert.NotNull(changedCode);
        var fresh = await juror.GetFromJsonAsync<JsonElement>($"/api/dossiers/{dossier}/review", ct);
        var finalise = await juror.PostAsJsonAsync($"/api/dossiers/{dossier}/finalise",
            new { blocDecision = (string?)null, comment = "", version = fresh.GetProperty("grid").GetProperty("version").GetInt64() }, ct);
        finalise.EnsureSuccessStatusCode();

        var pedagogue = await web.App.CreateUserAsync(GraderRoles.Pedagogy, "Nadia Lefèvre");
        using var pedagogy = await web.ApiAsync(pedagogue);
        var agreement = await pedagogy.GetFromJsonAsync<JsonElement>($"/api/sessions/{session.Id}/agreement", ct);
        var disagreement = Assert.Single(agreement.GetProperty("disagreements").EnumerateArray());
        Assert.Equal(aiLevel, disagreement.GetProperty("aiLevel").GetInt32());
        Assert.Equal(juryLevel, disagreement.GetProperty("juryLevel").GetInt32());
        var disagreed = disagreement.GetProperty("competence").GetString()!;

        // In the browser: the account lands on /pedagogie/, chooses the session and reads the figures.
        var page = await web.NewPageAsync();
        await BrowserChecks.SignInAsync(page, pedagogue);
        await Expect(page).ToHaveURLAsync(new Regex("/pedagogie/$"));
        await page.GetByLabel("Session").SelectOptionAsync(session.Id.ToString());
        await page.GetByRole(AriaRole.Button, new() { Name = "Afficher l’accord" }).ClickAsync();

        var row = page.Locator("#criteria-table tbody tr").Filter(new() { Has = page.Locator("th", new() { HasTextString = disagreed }) }).First;
        await Expect(row.Locator("td").Nth(0)).ToHaveTextAsync("1");
        await Expect(row.Locator("td").Nth(1)).ToHaveTextAsync("0\u202F%");
        await Expect(page.Locator("#summary-title")).ToBeFocusedAsync();
        await Expect(page.Locator(".chart li").Filter(new() { HasText = disagreed }).First).ToContainTextAsync("exact");
        var line = page.Locator($"#disagreements-table tr[data-dossier='{dossier}']");
        await Expect(line).ToHaveCountAsync(1);
        await Expect(line).ToContainTextAsync(disagreed);
        await Expect(line.Locator("td").Nth(1)).ToHaveTextAsync(aiLevel.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await Expect(line.Locator("td").Nth(2)).ToContainTextAsync(juryLevel.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await Expect(line).ToContainTextAsync("Claire Moreau");
        await Expect(line).ToContainTextAsync("Les preuves citées ne suffisent pas pour ce niveau.");
        await BrowserChecks.AssertAccessibleAsync(page, "Accord IA / jury");
        await BrowserChecks.ScreenshotAsync(page, "pedagogie-accord");
        await line.ScrollIntoViewIfNeededAsync();
        await BrowserChecks.ScreenshotAsync(page, "pedagogie-desaccords");

        // At 200 % zoom the page reflows: no sideways scrolling of the page (wide tables scroll inside their region).
        await page.SetViewportSizeAsync(640, 400);
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= document.documentElement.clientWidth"),
            "La page d’accord défile horizontalement à 200 % de zoom.");
        await page.SetViewportSizeAsync(1280, 800);

        await line.GetByRole(AriaRole.Link).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex($"/jury/revue\\.html\\?dossier={dossier}$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync(session.CandidatePseudonym);
        await Expect(page.Locator("#grid-summary")).ToContainTextAsync("lecture seule");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Rouvrir la grille" })).ToHaveCountAsync(0);
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer la décision" })).ToHaveCountAsync(0);
    }
}
