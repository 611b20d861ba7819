using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Grader.Web.Tests.Support;

/// <summary>What every page test does: sign in through the page, run axe-core, keep a screenshot.</summary>
public static class BrowserChecks
{
    public static async Task SignInAsync(IPage page, TestUser user)
    {
        await page.GotoAsync("/");
        await page.GetByLabel("Adresse électronique").FillAsync(user.Email);
        await page.GetByLabel("Mot de passe").FillAsync(WebAppFactory.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Se connecter" }).ClickAsync();
        await page.GetByText(user.DisplayName, new() { Exact = true }).WaitForAsync();
    }

    /// <summary>Fails with the list of serious and critical axe-core violations of the page as it is now.</summary>
    public static async Task AssertAccessibleAsync(IPage page, string what)
    {
        var result = await page.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] } });
        var blocking = result.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        Assert.True(blocking.Count == 0,
            $"{what} : {blocking.Count} violation(s) d’accessibilité graves ou critiques :\n"
            + string.Join("\n", blocking.Select(v => $"- [{v.Impact}] {v.Id} : {v.Help} — {string.Join(" | ", v.Nodes.Take(3).Select(n => string.Join(" ", n.Target)))}")));
    }

    /// <summary>
    /// A screenshot of the viewport, into <c>GRADER_WEB_SCREENSHOTS</c> when set (docs/screenshots is refreshed that way),
    /// else beside the test binaries.
    /// </summary>
    public static async Task ScreenshotAsync(IPage page, string name)
    {
        var folder = Environment.GetEnvironmentVariable("GRADER_WEB_SCREENSHOTS") is { Length: > 0 } configured
            ? configured
            : Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, name + ".png");
        await page.ScreenshotAsync(new() { Path = path });
        Assert.True(new FileInfo(path).Length > 1000, $"capture vide : {path}");
    }
}
