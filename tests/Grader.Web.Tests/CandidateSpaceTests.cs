using System.Text.RegularExpressions;
using Grader.Web.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Grader.Web.Tests;

/// <summary>The candidate's space: upload through the page, follow the processing, read and download released feedback; never another's dossier.</summary>
[Collection(WebCollection.Name)]
public sealed class CandidateSpaceTests(WebFixture web)
{
    [Fact]
    public async Task A_candidate_uploads_through_the_page_then_reads_and_downloads_the_released_feedback()
    {
        Assert.SkipUnless(WebFixture.HasChromium, WebFixture.NoChromium);
        var ct = TestContext.Current.CancellationToken;
        var page = await web.NewPageAsync();
        await BrowserChecks.SignInAsync(page, web.Session.CandidateUser);
        await Expect(page).ToHaveURLAsync(new Regex("/candidat/$"));
        await Expect(page.Locator("#limits")).ToContainTextAsync("Formats acceptés : PDF, DOCX");
        await Expect(page.Locator("#mine tbody tr")).ToHaveCountAsync(1);
        await BrowserChecks.AssertAccessibleAsync(page, "Espace candidat");
        await BrowserChecks.ScreenshotAsync(page, "candidat-espace");

        // Dropped in the zone, a file of an unaccepted format is refused in the browser, before anything is sent.
        await page.EvaluateAsync("""
            () => {
              const data = new DataTransfer();
              data.items.add(new File(['MZ'], 'programme.exe', { type: 'application/octet-stream' }));
              document.getElementById('dropzone').dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
            }
            """);
        await Expect(page.Locator("#upload-errors")).ToContainTextAsync("« programme.exe » : format non accepté (.exe).");
        await page.GetByRole(AriaRole.Button, new() { Name = "Envoyer le dossier" }).ClickAsync();
        await Expect(page.Locator("#upload-status")).ToBeHiddenAsync();
        await BrowserChecks.AssertAccessibleAsync(page, "Espace candidat, dépôt refusé");

        await page.GetByLabel("Fichiers du dossier").SetInputFilesAsync(WebFixture.SamplePdf);
        await Expect(page.Locator("#upload-errors")).ToBeEmptyAsync();
        await page.GetByLabel("Épreuve").SelectOptionAsync("e2");
        await page.GetByRole(AriaRole.Button, new() { Name = "Envoyer le dossier" }).ClickAsync();
        await Expect(page.Locator("#upload-status")).ToContainTextAsync("Dossier reçu");
        await Expect(page.Locator("#upload-progress")).ToHaveAttributeAsync("value", "100");
        await Expect(page.Locator("#mine tbody tr")).ToHaveCountAsync(2);

        await page.GetByRole(AriaRole.Link, new() { Name = "Suivre ce dossier" }).ClickAsync();
        var dossierId = Guid.Parse(new Uri(page.Url).Query.Split('=')[1]);
        await Expect(page.Locator("#dossier")).ToContainTextAsync("Traitement terminé", new() { Timeout = 120_000 });
        await Expect(page.Locator("#dossier")).ToContainTextAsync("Pré-évalué, à relire");
        await Expect(page.Locator("#feedback")).ToContainTextAsync("Aucun retour n’a encore été publié");

        // The jury releases the feedback; the candidate's page then shows it and offers it as a Word document.
        using var juror = await web.ApiAsync(web.Session.Juror);
        (await juror.PostAsync($"/api/dossiers/{dossierId}/feedback/release", null, ct)).EnsureSuccessStatusCode();
        await page.ReloadAsync();
        await Expect(page.Locator("#feedback .feedback-text")).Not.ToBeEmptyAsync();
        await Expect(page.Locator("#feedback")).ToContainTextAsync("Publié le");
        await Expect(page.Locator("main")).Not.ToContainTextAsync("null");
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Télécharger le retour (Word)" }).ClickAsync());
        Assert.EndsWith(".docx", download.SuggestedFilename, StringComparison.Ordinal);
        await BrowserChecks.AssertAccessibleAsync(page, "Dossier du candidat");
        await BrowserChecks.ScreenshotAsync(page, "candidat-retour");
    }

    [Fact]
    public async Task A_candidate_who_puts_another_candidates_dossier_in_the_address_sees_a_not_found_page()
    {
        Assert.SkipUnless(WebFixture.HasChromium, WebFixture.NoChromium);
        var page = await web.NewPageAsync();
        await BrowserChecks.SignInAsync(page, web.BlindSession.CandidateUser);

        await page.GotoAsync($"/candidat/dossier.html?dossier={web.Dossier}");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Dossier introuvable");
        await Expect(page.Locator("main")).ToContainTextAsync("introuvable ou ne vous est pas accessible");
        await Expect(page.Locator("main")).Not.ToContainTextAsync("dossier-e2.pdf");
        await Expect(page.Locator("main")).Not.ToContainTextAsync("Statut");
        await BrowserChecks.AssertAccessibleAsync(page, "Dossier introuvable");

        // Nor is the juror's page any way in.
        await page.GotoAsync($"/jury/revue.html?dossier={web.Dossier}");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Accès refusé");
        await Expect(page.Locator(".competence")).ToHaveCountAsync(0);
    }
}
