using System.Text.RegularExpressions;
using Grader.Api.Identity;
using Grader.Persistence.Entities;
using Grader.Web.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using static Microsoft.Playwright.Assertions;

namespace Grader.Web.Tests;

/// <summary>Where each account lands after signing in when no page was asked for.</summary>
[Collection(WebCollection.Name)]
public sealed class HomePagesTests(WebFixture web)
{
    [Fact]
    public async Task An_administrator_lands_on_the_administration()
    {
        Assert.SkipUnless(WebFixture.HasChromium, WebFixture.NoChromium);
        var admin = await web.App.CreateUserAsync(GraderRoles.Administrator, "Inès Garnier");
        var page = await web.NewPageAsync();

        await BrowserChecks.SignInAsync(page, admin);

        await Expect(page).ToHaveURLAsync(new Regex("/admin/$"));
        await Expect(page.Locator("#nav a[aria-current=page]")).ToHaveTextAsync("Administration");
    }

    [Fact]
    public async Task An_account_without_a_role_is_told_to_ask_for_one()
    {
        Assert.SkipUnless(WebFixture.HasChromium, WebFixture.NoChromium);
        var email = $"sans-role-{Guid.NewGuid():N}@example.test";
        await using (var scope = web.App.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<GraderUser>>();
            var created = await users.CreateAsync(new GraderUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = "Paul Renaud" }, WebAppFactory.Password);
            Assert.True(created.Succeeded);
        }

        var page = await web.NewPageAsync();
        await BrowserChecks.SignInAsync(page, new TestUser("", email, "Paul Renaud"));

        await Expect(page).ToHaveURLAsync(new Regex("/accueil\\.html$"));
        await Expect(page.Locator("main .notice")).ToContainTextAsync("aucun rôle");
        await BrowserChecks.AssertAccessibleAsync(page, "Accueil sans rôle");
    }
}
