using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Grader.Web.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Grader.Web.Tests;

/// <summary>
/// A dossier uploaded as Word is shown beside the grid from the service's document model: page markers, and a quote of the
/// grid highlighted inside the page its evidence names. With several files, tabs (keyboard included) choose the file.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class DocumentPreviewTests(WebFixture web)
{
    [Fact]
    public async Task A_juror_sees_a_docx_dossier_page_by_page_and_a_quote_is_highlighted_in_its_page()
    {
        Assert.SkipUnless(WebFixture.HasChromium, WebFixture.NoChromium);
        var session = await web.App.CreateSessionAsync("Session Word");
        var dossierId = await web.UploadProcessedAsync(session, (DossierUploads.SampleDocx, "dossier-e2.docx", DossierUploads.DocxType));
        var (pageNumber, quote) = await QuoteAfterFirstPageAsync(session, dossierId);

        var page = await web.NewPageAsync();
        await BrowserChecks.SignInAsync(page, session.Juror);
        await page.GotoAsync($"/jury/revue.html?dossier={dossierId}");

        var viewer = page.Locator("#viewer");
        await Expect(viewer.Locator("section.doc-page").First).ToBeVisibleAsync();
        await Expect(viewer.GetByRole(AriaRole.Heading, new() { Name = "Page 1", Exact = false }).First).ToBeVisibleAsync();
        await Expect(viewer.Locator("#page-1 .page-marker")).ToContainTextAsync("Page 1");
        await Expect(viewer.Locator($"#page-{pageNumber} .page-marker")).ToContainTextAsync($"Page {pageNumber}");
        await Expect(page.Locator(".pdf-page")).ToHaveCountAsync(0);

        await page.Locator(".quote-button").Filter(new() { HasText = quote[..Math.Min(30, quote.Length)] }).First.ClickAsync();

        var target = page.Locator($"section#page-{pageNumber}");
        await Expect(target).ToHaveClassAsync(new Regex(@"\btarget\b"));
        var mark = target.Locator("mark.quote-mark").First;
        await Expect(mark).ToBeInViewportAsync();
        var marked = string.Concat(await target.Locator("mark.quote-mark").AllTextContentsAsync());
        Assert.StartsWith(Letters(marked), Letters(quote), StringComparison.Ordinal);
        Assert.True(Letters(marked).Length >= Math.Min(20, Letters(quote).Length), $"Surlignage trop court : « {marked} »");
        await Expect(page.Locator("mark.quote-mark")).ToHaveCountAsync(await target.Locator("mark.quote-mark").CountAsync());
        await Expect(page.Locator("#viewer-status")).ToHaveTextAsync($"Page {pageNumber} affichée, citation surlignée.");

        await BrowserChecks.AssertAccessibleAsync(page, "Relecture d’un dossier Word");
        await BrowserChecks.ScreenshotAsync(page, "jury-relecture-docx");
    }

    [Fact]
    public async Task With_several_files_keyboard_tabs_choose_the_file_and_a_quote_opens_its_own_file()
    {
        Assert.SkipUnless(WebFixture.HasChromium, WebFixture.NoChromium);
        var session = await web.App.CreateSessionAsync("Session à deux fichiers");
        var dossierId = await web.UploadProcessedAsync(session,
            (WebFixture.SamplePdf, "dossier-e2.pdf", "application/pdf"),
            (DossierUploads.SampleDocx, "annexe-e2.docx", DossierUploads.DocxType));
        var (pageNumber, quote) = await QuoteAfterFirstPageAsync(session, dossierId, "annexe-e2.docx");
        Assert.Equal(["annexe-e2.docx", "dossier-e2.pdf"], await FileNamesAsync(session, dossierId));

        var page = await web.NewPageAsync();
        await BrowserChecks.SignInAsync(page, session.Juror);
        await page.GotoAsync($"/jury/revue.html?dossier={dossierId}");

        // The PDF first, drawn by pdf.js; the Word file one arrow key and Enter away.
        var tabs = page.GetByRole(AriaRole.Tablist, new() { Name = "Fichiers du dossier" });
        var pdfTab = tabs.GetByRole(AriaRole.Tab, new() { Name = "dossier-e2.pdf (PDF)" });
        var docxTab = tabs.GetByRole(AriaRole.Tab, new() { Name = "annexe-e2.docx (DOCX)" });
        await Expect(pdfTab).ToHaveAttributeAsync("aria-selected", "true");
        await Expect(page.Locator(".pdf-page").First).ToBeVisibleAsync();
        await pdfTab.FocusAsync();
        // Files are listed by name: the Word file's tab comes first, left of the PDF's.
        await page.Keyboard.PressAsync("ArrowLeft");
        await Expect(docxTab).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(docxTab).ToHaveAttributeAsync("aria-selected", "true");
        await Expect(page.Locator("section.doc-page .page-marker").First).ToContainTextAsync("Page 1");
        await Expect(page.Locator("#viewer")).ToHaveAttributeAsync("aria-labelledby", await docxTab.GetAttributeAsync("id") ?? "");
        await BrowserChecks.AssertAccessibleAsync(page, "Relecture, onglets des fichiers");

        // Back to the PDF with the keyboard, then a quote of the Word file brings that file back, at its page.
        await docxTab.FocusAsync();
        await page.Keyboard.PressAsync("End");
        await Expect(pdfTab).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Space");
        await Expect(pdfTab).ToHaveAttributeAsync("aria-selected", "true");
        await Expect(page.Locator(".pdf-page").First).ToBeVisibleAsync();
        await page.Locator(".quote-button").Filter(new() { HasText = "annexe-e2.docx" }).Filter(new() { HasText = quote[..Math.Min(30, quote.Length)] }).First.ClickAsync();
        await Expect(docxTab).ToHaveAttributeAsync("aria-selected", "true");
        var mark = page.Locator($"section#page-{pageNumber} mark.quote-mark").First;
        await Expect(mark).ToBeInViewportAsync();
        await Expect(page.Locator("#viewer-status")).ToHaveTextAsync($"Page {pageNumber} affichée, citation surlignée.");
    }

    [Fact]
    public async Task Slides_and_sheets_are_shown_with_their_markers_tables_and_speaker_notes()
    {
        Assert.SkipUnless(WebFixture.HasChromium, WebFixture.NoChromium);
        var session = await web.App.CreateSessionAsync("Session diapositives et tableur");
        var dossierId = await web.UploadProcessedAsync(session,
            (Grader.Api.Tests.Dossiers.Preview.OfficeSamples.Xlsx(), "budget.xlsx", DossierUploads.XlsxType),
            (Grader.Api.Tests.Dossiers.Preview.OfficeSamples.Pptx(), "soutenance.pptx", DossierUploads.PptxType));

        var page = await web.NewPageAsync();
        await BrowserChecks.SignInAsync(page, session.Juror);
        await page.GotoAsync($"/jury/revue.html?dossier={dossierId}");

        // No PDF: the first file by name, the workbook, one section per sheet, each a real table with column headers.
        var viewer = page.Locator("#viewer");
        await Expect(viewer.Locator("#page-1 .page-marker")).ToContainTextAsync("Feuille « Budget »");
        await Expect(viewer.Locator("#page-2 .page-marker")).ToContainTextAsync("Feuille « Suivi »");
        var budget = viewer.Locator("#page-1").GetByRole(AriaRole.Table);
        await Expect(budget.GetByRole(AriaRole.Columnheader)).ToHaveTextAsync(["Poste", "Montant"]);
        await Expect(budget.GetByRole(AriaRole.Cell, new() { Name = "Salons" })).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Tab, new() { Name = "soutenance.pptx (PPTX)" }).ClickAsync();
        var slide = viewer.Locator("section#page-2");
        await Expect(slide.Locator(".page-marker")).ToContainTextAsync("Diapositive 2 — Résultats obtenus");
        await Expect(slide.Locator(".doc-notes")).ToContainTextAsync("Notes de l’orateur");
        await Expect(slide.Locator(".doc-notes")).ToContainTextAsync("Insister sur le taux de transformation.");
        await BrowserChecks.AssertAccessibleAsync(page, "Relecture de diapositives");
        await BrowserChecks.ScreenshotAsync(page, "jury-relecture-pptx");
    }

    // The quote a juror would follow: verified, on a page after the first, from the grid the page shows.
    private async Task<(int Page, string Quote)> QuoteAfterFirstPageAsync(TestSession session, Guid dossierId, string? file = null)
    {
        using var api = await web.ApiAsync(session.Juror);
        var grid = await api.GetFromJsonAsync<JsonElement>($"/api/dossiers/{dossierId}/review", TestContext.Current.CancellationToken);
        var evidence = grid.GetProperty("competences").EnumerateArray()
            .Where(c => c.GetProperty("proposal").ValueKind == JsonValueKind.Object)
            .SelectMany(c => c.GetProperty("proposal").GetProperty("evidence").EnumerateArray())
            .Where(e => e.GetProperty("page").ValueKind == JsonValueKind.Number && e.GetProperty("verified").GetBoolean())
            .Where(e => file is null || (e.TryGetProperty("file", out var f) && f.GetString() == file))
            .OrderByDescending(e => e.GetProperty("page").GetInt32() > 1)
            .First();
        return (evidence.GetProperty("page").GetInt32(), evidence.GetProperty("quote").GetString()!);
    }

    private async Task<List<string>> FileNamesAsync(TestSession session, Guid dossierId)
    {
        using var api = await web.ApiAsync(session.Juror);
        var dossier = await api.GetFromJsonAsync<JsonElement>($"/api/dossiers/{dossierId}", TestContext.Current.CancellationToken);
        return dossier.GetProperty("files").EnumerateArray().Select(f => f.GetProperty("name").GetString()!).ToList();
    }

    // What the highlight compares: letters and digits, whatever the spaces and typographic marks.
    private static string Letters(string text) => new(text.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());
}
