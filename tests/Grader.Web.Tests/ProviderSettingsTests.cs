using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using Grader.Api.Identity;
using Grader.Web.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Grader.Web.Tests;

/// <summary>
/// An administrator sets up a provider on « Fournisseurs de modèle »: a refused address is explained under its field,
/// then endpoint, model and key are saved; after a reload the key field is empty, the page says a key is stored, and
/// the key is nowhere in the page. The connection test answers in its live region.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class ProviderSettingsTests(WebFixture web)
{
    private const string Key = "sk-web-Tg5Hn8Jc3Mx7";

    [Fact]
    public async Task An_administrator_saves_endpoint_model_and_key_and_the_key_is_never_shown_back()
    {
        Assert.SkipUnless(WebFixture.HasChromium, WebFixture.NoChromium);
        var admin = await web.App.CreateUserAsync(GraderRoles.Administrator, "Paul Girard");
        var page = await web.NewPageAsync();
        await BrowserChecks.SignInAsync(page, admin);
        await page.GotoAsync("/admin/fournisseurs.html");

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Fournisseurs de modèle");
        await Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "Administration" }).GetByRole(AriaRole.Link, new() { Name = "Fournisseurs de modèle" }))
            .ToHaveAttributeAsync("aria-current", "page");
        await Expect(page.Locator("#mode")).ToContainTextAsync("sans modèle de langage");
        var card = page.Locator("form[data-provider='openai-compatible']");
        await Expect(card.GetByText("Aucune clé enregistrée.")).ToBeVisibleAsync();

        // A refused address: the message sits under its field, which is marked invalid and focused.
        var endpoint = card.GetByLabel("Adresse du service");
        await endpoint.FillAsync("ftp://serveur.example/v1");
        await card.GetByLabel("Modèle", new() { Exact = true }).FillAsync("mistral-small");
        await card.GetByRole(AriaRole.Button, new() { Name = "Enregistrer" }).ClickAsync();
        await Expect(card.Locator("#openai-compatible-endpoint-error")).ToContainTextAsync("URL http(s) absolue");
        await Expect(endpoint).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(endpoint).ToBeFocusedAsync();

        var closedPort = ClosedPort();
        await endpoint.FillAsync($"http://127.0.0.1:{closedPort}/v1");
        await card.GetByLabel("Clé d’API").FillAsync(Key);
        await card.GetByRole(AriaRole.Button, new() { Name = "Enregistrer" }).ClickAsync();
        await Expect(page.Locator("#openai-compatible-save-status")).ToContainTextAsync("enregistrés");

        await page.ReloadAsync();
        card = page.Locator("form[data-provider='openai-compatible']");
        await Expect(card.GetByLabel("Adresse du service")).ToHaveValueAsync($"http://127.0.0.1:{closedPort}/v1");
        await Expect(card.GetByLabel("Modèle", new() { Exact = true })).ToHaveValueAsync("mistral-small");
        await Expect(card.GetByLabel("Clé d’API")).ToHaveValueAsync("");
        await Expect(card.GetByLabel("Clé d’API")).ToHaveAttributeAsync("type", "password");
        await Expect(card.GetByText("Une clé est enregistrée ; laissez vide pour la conserver.")).ToBeVisibleAsync();
        await Expect(card.GetByLabel("Supprimer la clé enregistrée")).Not.ToBeCheckedAsync();
        await Expect(card).ToContainTextAsync("par Paul Girard");
        Assert.DoesNotContain(Key, await page.ContentAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain(Key[..10], await page.ContentAsync(), StringComparison.Ordinal);

        await card.GetByRole(AriaRole.Button, new() { Name = "Tester la connexion" }).ClickAsync();
        await Expect(page.Locator("#openai-compatible-test-status")).ToContainTextAsync("adresse injoignable");
        Assert.DoesNotContain(Key, await page.ContentAsync(), StringComparison.Ordinal);

        await BrowserChecks.AssertAccessibleAsync(page, "Fournisseurs de modèle");
        await BrowserChecks.ScreenshotAsync(page, "admin-fournisseurs");

        // At 200 % zoom the page reflows without sideways scrolling.
        await page.SetViewportSizeAsync(640, 400);
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= document.documentElement.clientWidth"),
            "La page des fournisseurs défile horizontalement à 200 % de zoom.");
        await page.SetViewportSizeAsync(1280, 800);
    }

    [Fact]
    public async Task A_juror_gets_no_provider_settings()
    {
        Assert.SkipUnless(WebFixture.HasChromium, WebFixture.NoChromium);
        var page = await web.NewPageAsync();
        await BrowserChecks.SignInAsync(page, web.Session.Juror);
        await page.GotoAsync("/admin/fournisseurs.html");

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Accès refusé");
        await Expect(page.Locator("form[data-provider]")).ToHaveCountAsync(0);
        await Expect(page).ToHaveURLAsync(new Regex("/admin/fournisseurs\\.html$"));
    }

    private static int ClosedPort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }
}
