using System.Net.Http.Json;
using System.Text.Json;
using Grader.Api.Tests.Processing;

namespace Grader.Api.Tests.ModelProviders;

/// <summary>The readiness check judges the configured provider's effective settings: a stored endpoint wins over the configuration's.</summary>
public sealed class ProviderSettingsHealthTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_stored_endpoint_replaces_an_unreachable_configured_one_in_the_readiness_check()
    {
        await using var stub = new SlowOpenAiStub(TimeSpan.Zero);
        await using var factory = new ProviderSettingsFactory();
        factory.With("Grader:Llm:Provider", "openai-compatible").With("Grader:Llm:Endpoint", "http://127.0.0.1:1/v1").With("Grader:Llm:Model", "mistral-small");
        var admin = await factory.AdminAsync();

        Assert.Equal("degraded", (await LlmCheckAsync(factory)).GetProperty("status").GetString());

        await ProviderSettingsFactory.PutAsync(admin, "openai-compatible", new { endpoint = stub.BaseUri.ToString(), model = "stub-model" });
        var healthy = await LlmCheckAsync(factory);

        Assert.Equal("healthy", healthy.GetProperty("status").GetString());
        Assert.Contains("(stub-model)", healthy.GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.Contains("répond", healthy.GetProperty("description").GetString(), StringComparison.Ordinal);
    }

    private static async Task<JsonElement> LlmCheckAsync(ProviderSettingsFactory factory)
    {
        var body = await factory.CreateClient().GetFromJsonAsync<JsonElement>("/health/ready", Ct);
        return body.GetProperty("checks").EnumerateArray().Single(c => c.GetProperty("name").GetString() == "llm");
    }
}
