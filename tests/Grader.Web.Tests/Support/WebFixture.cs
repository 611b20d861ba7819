using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;

namespace Grader.Web.Tests.Support;

/// <summary>
/// One service on a real port and one headless Debian Chromium for all browser tests, plus two sessions whose dossier
/// (the eval set's e2-fort PDF, uploaded through the API) has been pre-assessed offline: one normal, one blind-first.
/// Without /usr/bin/chromium nothing starts and every test skips with the reason.
/// </summary>
public sealed class WebFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";
    public const string NoChromium = "Chromium est absent (/usr/bin/chromium) : installez-le avec « apt-get install chromium » pour lancer les tests du navigateur (.ci/run le fait).";
    private static readonly TimeSpan ProcessingBound = TimeSpan.FromSeconds(120);

    private IPlaywright? _playwright;

    public WebAppFactory App { get; } = new();
    public IBrowser Browser { get; private set; } = null!;
    public TestSession Session { get; private set; } = null!;
    public Guid Dossier { get; private set; }
    public TestSession BlindSession { get; private set; } = null!;
    public Guid BlindDossier { get; private set; }

    /// <summary>Set by <c>.ci/run</c>, which installs Chromium: there, a missing browser fails the tests instead of skipping them.</summary>
    public const string RequireBrowserVariable = "GRADER_REQUIRE_BROWSER";

    public static bool HasChromium => File.Exists(ChromiumPath);

    public async ValueTask InitializeAsync()
    {
        if (!HasChromium)
        {
            if (Environment.GetEnvironmentVariable(RequireBrowserVariable) == "1")
            {
                throw new InvalidOperationException($"{RequireBrowserVariable}=1 mais {NoChromium}");
            }

            return;
        }

        App.Start();
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            // Root in CI; and no calls home, which this machine's closed network refuses.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });

        Session = await App.CreateSessionAsync("Session de juin 2026");
        BlindSession = await App.CreateSessionAsync("Session à l’aveugle", blindFirst: true);
        var uploads = await Task.WhenAll(UploadSampleAsync(Session), UploadSampleAsync(BlindSession));
        (Dossier, BlindDossier) = (uploads[0], uploads[1]);
        await Task.WhenAll(WaitProcessedAsync(Session.CandidateUser, Dossier), WaitProcessedAsync(BlindSession.CandidateUser, BlindDossier));
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        await App.DisposeAsync();
    }

    public static string RepositoryRoot { get; } = FindRoot();

    public static string SamplePdf => Path.Combine(RepositoryRoot, "eval-sets", "dossiers-v1", "e2-fort", "dossier.pdf");

    /// <summary>A client of the real port signed in with a bearer token, for what the tests set up or check beside the browser.</summary>
    public async Task<HttpClient> ApiAsync(TestUser user)
    {
        var client = new HttpClient { BaseAddress = App.BaseAddress };
        var response = await client.PostAsJsonAsync("/api/auth/login", new { email = user.Email, password = WebAppFactory.Password });
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public async Task WaitProcessedAsync(TestUser user, Guid dossierId)
    {
        using var client = await ApiAsync(user);
        var deadline = DateTime.UtcNow + ProcessingBound;
        while (DateTime.UtcNow < deadline)
        {
            var status = await client.GetFromJsonAsync<JsonElement>($"/api/dossiers/{dossierId}/processing");
            switch (status.GetProperty("state").GetString())
            {
                case "Succeeded":
                    return;
                case "Failed":
                    throw new InvalidOperationException($"Processing failed: {status}");
            }

            await Task.Delay(250);
        }

        throw new TimeoutException($"Dossier {dossierId} not processed within {ProcessingBound}.");
    }

    /// <summary>A new browser context (its own cookies), French, at a laptop's size.</summary>
    public async Task<IPage> NewPageAsync()
    {
        var context = await Browser.NewContextAsync(new() { BaseURL = App.BaseAddress.ToString(), Locale = "fr-FR", ViewportSize = new() { Width = 1280, Height = 800 } });
        context.SetDefaultTimeout(20_000);
        return await context.NewPageAsync();
    }

    public async Task<Guid> UploadSampleAsync(TestSession session)
    {
        using var client = await ApiAsync(session.CandidateUser);
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent("e2"), "epreuve");
        var file = new ByteArrayContent(await File.ReadAllBytesAsync(SamplePdf));
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        form.Add(file, "files", "dossier-e2.pdf");
        var response = await client.PostAsync($"/api/sessions/{session.Id}/dossiers", form);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("dossierId").GetGuid();
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Grader.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Grader.sln not found above the test binaries.");
    }
}

[CollectionDefinition(Name)]
public sealed class WebCollection : ICollectionFixture<WebFixture>
{
    public const string Name = "navigateur";
}
