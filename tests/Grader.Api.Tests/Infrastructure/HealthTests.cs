using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Grader.Api.Tests.Infrastructure;

public sealed class HealthTests
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health")]
    public async Task Live_answers_without_checking_any_dependency(string path)
    {
        await using var factory = new OpsApiFactory(registerIndexing: true);

        var response = await factory.CreateClient().GetAsync(path, Cancellation);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(Cancellation);
        Assert.Equal("healthy", body.GetProperty("status").GetString());
        Assert.Equal(0, body.GetProperty("checks").GetArrayLength());
    }

    [Fact]
    public async Task Ready_lists_the_database_the_index_and_the_offline_model_in_french()
    {
        await using var factory = new OpsApiFactory(registerIndexing: true);

        var response = await factory.CreateClient().GetAsync("/health/ready", Cancellation);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var checks = await ChecksAsync(response);
        Assert.Equal(["database", "index", "llm"], checks.Keys.Order().ToArray());
        Assert.Equal(("healthy", "Base de données joignable."), checks["database"]);
        Assert.Equal("healthy", checks["index"].Status);
        Assert.StartsWith("Index de passages « embedded »", checks["index"].Description, StringComparison.Ordinal);
        Assert.Equal("healthy", checks["llm"].Status);
        Assert.Contains("aucun modèle de langage n’est utilisé", checks["llm"].Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task On_a_fresh_data_folder_the_embedded_index_and_the_database_are_ready()
    {
        await using var factory = new OpsApiFactory(registerIndexing: false);

        var response = await factory.CreateClient().GetAsync("/health/ready", Cancellation);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var checks = await ChecksAsync(response);
        Assert.Equal("healthy", checks["index"].Status);
        Assert.Equal("healthy", checks["database"].Status);
    }

    [Fact]
    public async Task An_unreachable_model_server_is_degraded_and_a_misconfigured_one_stops_the_start()
    {
        await using var unreachable = new OpsApiFactory(new Dictionary<string, string?>
        {
            ["Grader__Llm__Provider"] = "openai-compatible",
            ["Grader__Llm__Endpoint"] = "http://127.0.0.1:1/v1",
            ["Grader__Llm__Model"] = "mistral-small",
        }, registerIndexing: true);
        await using var misconfigured = new OpsApiFactory(new Dictionary<string, string?>
        {
            ["Grader__Llm__Provider"] = "openai",
        }, registerIndexing: true);

        var degraded = await unreachable.CreateClient().GetAsync("/health/ready", Cancellation);
        // Options are validated at start-up: a provider that cannot work never takes requests.
        var refused = Assert.Throws<Microsoft.Extensions.Options.OptionsValidationException>(() => misconfigured.CreateClient());

        Assert.Equal(HttpStatusCode.OK, degraded.StatusCode);
        var llm = (await ChecksAsync(degraded))["llm"];
        Assert.Equal("degraded", llm.Status);
        Assert.Contains("ne répond pas", llm.Description, StringComparison.Ordinal);
        Assert.Contains("Grader:Llm:ApiKey est obligatoire", refused.Message, StringComparison.Ordinal);
    }

    internal static async Task<Dictionary<string, (string Status, string Description)>> ChecksAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(Cancellation);
        return body.GetProperty("checks").EnumerateArray().ToDictionary(
            c => c.GetProperty("name").GetString()!,
            c => (c.GetProperty("status").GetString()!, c.GetProperty("description").GetString()!));
    }
}
