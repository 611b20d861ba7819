using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using Grader.Api.Tests.Processing;

namespace Grader.Api.Tests.ModelProviders;

/// <summary>
/// <c>POST /api/admin/providers/{provider}/test</c> against a local OpenAI-compatible stub: one tiny completion with the
/// effective settings, a French outcome, never a 500, and nothing of a refused key in the answer or the logs.
/// </summary>
public sealed class ProviderConnectionTestTests
{
    private const string Key = "sk-stub-Qm4Tz8Xc1Vb6";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Stored_settings_reach_the_model_with_their_key_and_the_test_says_succes()
    {
        await using var stub = new SlowOpenAiStub(TimeSpan.Zero) { RequiredApiKey = Key };
        await using var factory = new ProviderSettingsFactory();
        var admin = await factory.AdminAsync();
        await ProviderSettingsFactory.PutAsync(admin, "openai-compatible", new { endpoint = stub.BaseUri.ToString(), model = "stub-model", apiKey = Key });

        var result = await TestAsync(admin, "openai-compatible");

        Assert.True(result.GetProperty("success").GetBoolean(), result.GetRawText());
        Assert.Equal("succes", result.GetProperty("outcome").GetString());
        Assert.StartsWith("Succès", result.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(["Bearer " + Key], stub.Authorizations);
        Assert.DoesNotContain(Key, result.GetRawText(), StringComparison.Ordinal);
        Assert.DoesNotContain(Key, factory.AllLogText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_refused_key_is_cle_refusee_and_the_providers_echo_of_it_goes_nowhere()
    {
        const string wrongKey = "sk-wrong-Jk5Rf7Np3Hs2";
        await using var stub = new SlowOpenAiStub(TimeSpan.Zero) { RequiredApiKey = Key };
        await using var factory = new ProviderSettingsFactory();
        var admin = await factory.AdminAsync();
        await ProviderSettingsFactory.PutAsync(admin, "openai-compatible", new { endpoint = stub.BaseUri.ToString(), model = "stub-model", apiKey = wrongKey });

        var result = await TestAsync(admin, "openai-compatible");

        Assert.False(result.GetProperty("success").GetBoolean());
        Assert.Equal("cle-refusee", result.GetProperty("outcome").GetString());
        Assert.Contains("clé refusée", result.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Single(stub.Authorizations);
        Assert.DoesNotContain(wrongKey, result.GetRawText(), StringComparison.Ordinal);
        Assert.DoesNotContain(wrongKey, factory.AllLogText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_address_where_nothing_listens_is_adresse_injoignable()
    {
        await using var factory = new ProviderSettingsFactory();
        var admin = await factory.AdminAsync();
        await ProviderSettingsFactory.PutAsync(admin, "openai-compatible", new { endpoint = $"http://127.0.0.1:{ClosedPort()}/v1", model = "stub-model" });

        var result = await TestAsync(admin, "openai-compatible");

        Assert.Equal("adresse-injoignable", result.GetProperty("outcome").GetString());
        Assert.Contains("adresse injoignable", result.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_provider_with_nothing_set_is_reglages_incomplets_without_any_call()
    {
        await using var factory = new ProviderSettingsFactory();
        var admin = await factory.AdminAsync();

        var result = await TestAsync(admin, "openai");

        Assert.Equal("reglages-incomplets", result.GetProperty("outcome").GetString());
        Assert.StartsWith("Réglages incomplets", result.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    private static async Task<JsonElement> TestAsync(HttpClient admin, string provider)
    {
        var response = await admin.PostAsync($"/api/admin/providers/{provider}/test", null, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
    }

    // A port that was free a moment ago: connecting to it is refused at once.
    private static int ClosedPort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }
}
