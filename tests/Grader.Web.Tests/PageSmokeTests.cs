using Grader.Api.Identity;
using Grader.Web.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Grader.Web.Tests;

/// <summary>
/// Every page opened on data that already exists (a session with its jury, candidate and processed dossier), by the
/// account it is meant for: it renders its title, no script error or console error occurs, and at 200 % zoom it reflows
/// without sideways scrolling. The other browser
/// tests follow paths that create their own data; this one catches what only shows on a populated service.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class PageSmokeTests(WebFixture web)
{
    [Fact]
    public async Task Every_page_opens_on_existing_data_without_a_script_error()
    {
        Assert.SkipUnless(WebFixture.HasChromium, WebFixture.NoChromium);
        var admin = await web.App.CreateUserAsync(GraderRoles.Administrator, "Alice Robert");
        var pedagogue = await web.App.CreateUserAsync(GraderRoles.Pedagogy, "Marc Dubois");
        var visits = new (TestUser User, string Path, string Heading)[]
        {
            (web.Session.Juror, "/jury/", "Mes dossiers"),
            (web.Session.Juror, $"/jury/revue.html?dossier={web.Dossier}", web.Session.CandidatePseudonym),
            (web.Session.CandidateUser, "/candidat/", "Mon espace candidat"),
            (web.Session.CandidateUser, $"/candidat/dossier.html?dossier={web.Dossier}", "Mon dossier"),
            (pedagogue, "/pedagogie/", "Accord entre l’IA et le jury"),
            (pedagogue, "/pedagogie/referentiel.html", "Référentiel"),
            (pedagogue, $"/jury/revue.html?dossier={web.Dossier}", web.Session.CandidatePseudonym),
            (admin, "/admin/", "Sessions et jurys"),
            (admin, $"/admin/session.html?id={web.Session.Id}", "Session"),
            (admin, "/admin/comptes.html", "Comptes et rôles"),
            (admin, "/admin/fournisseurs.html", "Fournisseurs de modèle"),
            (admin, "/admin/conservation.html", "Conservation des données"),
            (admin, "/jury/", "Mes dossiers"),
        };

        var pages = new Dictionary<string, IPage>();
        var failures = new List<string>();
        foreach (var (user, path, heading) in visits)
        {
            if (!pages.TryGetValue(user.Email, out var page))
            {
                page = await web.NewPageAsync();
                await BrowserChecks.SignInAsync(page, user);
                pages[user.Email] = page;
            }

            var errors = new List<string>();
            void OnPageError(object? sender, string error) => errors.Add(error);
            // A 404 from the API can be an answer (« nothing released yet »); the browser logs it as an error too, so
            // responses are judged here instead: any failure of the page's own files, any 5xx of the API.
            void OnConsole(object? sender, IConsoleMessage message)
            {
                if (message.Type == "error" && !message.Text.StartsWith("Failed to load resource", StringComparison.Ordinal))
                {
                    errors.Add(message.Text);
                }
            }

            void OnResponse(object? sender, IResponse response)
            {
                var api = new Uri(response.Url).AbsolutePath.StartsWith("/api/", StringComparison.Ordinal);
                if (response.Status >= 500 || (!api && response.Status >= 400))
                {
                    errors.Add($"{response.Status} {response.Url}");
                }
            }

            page.PageError += OnPageError;
            page.Console += OnConsole;
            page.Response += OnResponse;
            try
            {
                await page.GotoAsync(path);
                await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync(heading);
                await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
                await Expect(page.Locator("main [aria-busy=true]")).ToHaveCountAsync(0);
                await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).Not.ToHaveTextAsync("Erreur");

                // At 200 % zoom on a laptop (half its CSS width) the page reflows: no sideways scrolling of the page
                // itself (wide tables scroll inside their own region).
                await page.SetViewportSizeAsync(640, 400);
                var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
                // The elements that stick out, deepest first, so that a failure says what to fix.
                var culprits = overflow <= 0 ? "" : await page.EvaluateAsync<string>("""
                    () => [...document.querySelectorAll('body *')]
                      .filter((e) => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1 && ![...e.children].some((c) => c.getBoundingClientRect().right > document.documentElement.clientWidth + 1))
                      .slice(0, 3).map((e) => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className && typeof e.className === 'string' ? '.' + e.className.trim().split(/\s+/).join('.') : '')).join(', ')
                    """);
                await page.SetViewportSizeAsync(1280, 800);
                if (overflow > 0)
                {
                    errors.Add($"défilement horizontal de {overflow} px à 200 % ({culprits})");
                }
            }
            finally
            {
                page.PageError -= OnPageError;
                page.Console -= OnConsole;
                page.Response -= OnResponse;
            }

            if (errors.Count > 0)
            {
                failures.Add($"{path} ({user.DisplayName}) : {string.Join(" | ", errors)}");
            }
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }
}
