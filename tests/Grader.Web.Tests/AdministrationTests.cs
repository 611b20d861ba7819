using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Grader.Api.Identity;
using Grader.Web.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Grader.Web.Tests;

/// <summary>
/// An administrator sets a session up in the browser: creates it, gives it a jury and a juror, enrols a candidate with
/// their account, changes a session setting, then changes a role and disables an account (which then cannot sign in),
/// and reads the retention preview. Each of the four administration pages passes axe.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class AdministrationTests(WebFixture web)
{
    private const string CandidatePassword = "MotDePasseCand-2027";

    [Fact]
    public async Task An_administrator_sets_up_a_session_its_jury_and_candidate_then_manages_accounts_and_reads_retention()
    {
        Assert.SkipUnless(WebFixture.HasChromium, WebFixture.NoChromium);
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var admin = await web.App.CreateUserAsync(GraderRoles.Administrator, "Alice Administratrice");
        var juror = await web.App.CreateUserAsync(GraderRoles.Juror, $"Jules Juré {suffix}");
        var candidateEmail = $"lea-{suffix}@example.test";
        var sessionName = $"Session d’administration {suffix}";
        var page = await web.NewPageAsync();
        // Removing a member and disabling an account ask for a confirmation.
        page.Dialog += async (_, dialog) => await dialog.AcceptAsync();

        await BrowserChecks.SignInAsync(page, admin);
        await page.GetByRole(AriaRole.Link, new() { Name = "Administration" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/admin/$"));
        await Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "Administration" }).GetByRole(AriaRole.Link, new() { Name = "Sessions et jurys" }))
            .ToHaveAttributeAsync("aria-current", "page");

        // 1. Create the session, épreuve E2 only, and open it from the list.
        await page.GetByLabel("Nom de la session").FillAsync(sessionName);
        await page.Locator("input[name='epreuve'][value='e2']").CheckAsync();
        await page.GetByLabel("Durée de conservation des données des candidats (jours)").FillAsync("180");
        await page.GetByRole(AriaRole.Button, new() { Name = "Créer la session" }).ClickAsync();
        await Expect(page.Locator("#create-status")).ToContainTextAsync($"Session « {sessionName} » créée");
        var row = page.Locator("#sessions-table tbody tr").Filter(new() { HasText = sessionName });
        await Expect(row).ToContainTextAsync("E2");
        await Expect(row).ToContainTextAsync("Certifiante");
        await BrowserChecks.AssertAccessibleAsync(page, "Sessions et jurys");
        await BrowserChecks.ScreenshotAsync(page, "admin-sessions");
        await row.GetByRole(AriaRole.Link, new() { Name = sessionName }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync($"Session « {sessionName} »");
        await Expect(page.GetByLabel("Durée de conservation des données des candidats (jours)")).ToHaveValueAsync("180");

        // 2. A jury and its juror, chosen among the juror accounts.
        await page.GetByLabel("Nom du nouveau jury").FillAsync("Jury 1");
        await page.GetByRole(AriaRole.Button, new() { Name = "Créer le jury" }).ClickAsync();
        await Expect(page.Locator("#jury-status")).ToContainTextAsync("Jury « Jury 1 » créé");
        await page.GetByLabel("Ajouter au Jury 1").SelectOptionAsync(juror.Id);
        await page.GetByLabel("Rôle dans le jury").SelectOptionAsync("President");
        await page.GetByRole(AriaRole.Button, new() { Name = "Ajouter", Exact = true }).ClickAsync();
        var member = page.Locator($".members li[data-user='{juror.Id}']");
        await Expect(member).ToContainTextAsync($"Jules Juré {suffix}");
        await Expect(member).ToContainTextAsync("président");

        // 3. A new candidate, enrolled with their account.
        await page.GetByLabel("Nom complet").FillAsync("Léa Martin");
        await page.GetByLabel("Adresse électronique").FillAsync(candidateEmail);
        await page.GetByLabel("Numéro de candidat (facultatif)").FillAsync($"N-{suffix}");
        await page.GetByLabel("Créer aussi son compte candidat").CheckAsync();
        await page.GetByLabel("Mot de passe initial").FillAsync(CandidatePassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Inscrire le candidat" }).ClickAsync();
        await Expect(page.Locator("#enrol-status")).ToContainTextAsync("Léa Martin est inscrit à la session");
        var candidateRow = page.Locator("#candidates-table tbody tr").Filter(new() { HasText = "Léa Martin" });
        await Expect(candidateRow).ToContainTextAsync(candidateEmail);
        await Expect(candidateRow.Locator("td").Nth(3)).ToHaveTextAsync("oui");
        await Expect(candidateRow.GetByRole(AriaRole.Link)).ToHaveAttributeAsync("href", new Regex("^/api/candidates/[0-9a-f-]{36}/export$"));

        // 4. A setting changed after creation.
        await page.GetByLabel("Relecture à l’aveugle").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer les réglages" }).ClickAsync();
        await Expect(page.Locator("#settings-status")).ToContainTextAsync("Réglages enregistrés.");
        await BrowserChecks.AssertAccessibleAsync(page, "Session (administration)");
        await BrowserChecks.ScreenshotAsync(page, "admin-session");
        await page.SetViewportSizeAsync(640, 400);
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= document.documentElement.clientWidth"),
            "La page de la session défile horizontalement à 200 % de zoom.");
        await page.SetViewportSizeAsync(1280, 800);

        // 5. Accounts: the juror also joins the pedagogical team; the candidate's account is disabled.
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Administration" }).GetByRole(AriaRole.Link, new() { Name = "Comptes et rôles" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/admin/comptes\\.html$"));
        var jurorRow = page.Locator($"#accounts-table tr[data-user='{juror.Id}']");
        await jurorRow.GetByLabel("équipe pédagogique").CheckAsync();
        await jurorRow.GetByRole(AriaRole.Button, new() { Name = $"Enregistrer les rôles de Jules Juré {suffix}" }).ClickAsync();
        await Expect(page.Locator("#list-status")).ToContainTextAsync($"Rôles de Jules Juré {suffix} : équipe pédagogique, membre du jury.");
        await page.GetByLabel("Filtrer par nom ou adresse").FillAsync(candidateEmail);
        var candidateAccount = page.Locator("#accounts-table tbody tr").Filter(new() { HasText = candidateEmail });
        await Expect(candidateAccount).ToHaveCountAsync(1);
        await candidateAccount.GetByRole(AriaRole.Button, new() { Name = "Désactiver le compte de Léa Martin" }).ClickAsync();
        await Expect(page.Locator("#list-status")).ToContainTextAsync("Le compte de Léa Martin est désactivé");
        await Expect(candidateAccount).ToContainTextAsync("Désactivé");
        await Expect(candidateAccount.GetByRole(AriaRole.Button, new() { Name = "Réactiver le compte de Léa Martin" })).ToBeFocusedAsync();
        await BrowserChecks.AssertAccessibleAsync(page, "Comptes et rôles");
        await BrowserChecks.ScreenshotAsync(page, "admin-comptes");

        using (var anonymous = new HttpClient { BaseAddress = web.App.BaseAddress })
        {
            var refused = await anonymous.PostAsJsonAsync("/api/auth/login", new { email = candidateEmail, password = CandidatePassword }, TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        }

        // 6. Retention: the preview lists the session (no closing date: nothing to erase); the run needs its confirmation.
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Administration" }).GetByRole(AriaRole.Link, new() { Name = "Conservation des données" }).ClickAsync();
        var retentionRow = page.Locator("#retention-table tbody tr").Filter(new() { HasText = sessionName });
        await Expect(retentionRow).ToContainTextAsync("pas encore de date");
        await Expect(retentionRow).ToContainTextAsync("180 jours");
        await Expect(retentionRow).ToContainTextAsync("aucun effacement");
        await Expect(retentionRow.Locator("td").Nth(3)).ToHaveTextAsync("1");
        await Expect(page.Locator("#due-summary")).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Lancer le passage maintenant" }).ClickAsync();
        await Expect(page.Locator("#run-status")).ToContainTextAsync("Cochez la confirmation");
        await Expect(page.GetByLabel("Je confirme l’effacement définitif")).ToBeFocusedAsync();
        await BrowserChecks.AssertAccessibleAsync(page, "Conservation des données");
        await BrowserChecks.ScreenshotAsync(page, "admin-conservation");
    }
}
