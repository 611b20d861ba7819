using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace Grader.Api.Tests.ModelProviders;

/// <summary>Refused provider settings: French 400s, per field, that never repeat a key; nothing stored.</summary>
public sealed class ProviderSettingsValidationTests(ProviderSettingsFactory factory) : IClassFixture<ProviderSettingsFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string, string, string, string> Refusals => new()
    {
        { "openai-compatible", """{"endpoint":"ftp://serveur.example/v1","model":"m"}""", "endpoint", "URL http(s) absolue" },
        { "openai-compatible", """{"endpoint":"http://serveur.example/v1","model":"m"}""", "endpoint", "https" },
        { "openai-compatible", """{"endpoint":"https://serveur.example/api","model":"m"}""", "endpoint", "/v1" },
        { "azure-openai", """{"endpoint":"","model":"gpt-4o"}""", "endpoint", "Indiquez l’adresse" },
        { "azure-openai", """{"endpoint":"https://user:sk-secret-in-url@x.openai.azure.com/","model":"gpt-4o"}""", "endpoint", "identifiants" },
        { "openai", """{"model":""}""", "model", "Indiquez le modèle" },
        { "openai", $$"""{"model":"{{new string('m', 201)}}"}""", "model", "200 caractères" },
        { "openai", """{"model":"gpt 4o"}""", "model", "sans espace" },
        { "openai", """{"model":"gpt-4o","apiKey":"court"}""", "apiKey", "entre 8 et 1024" },
        { "openai", """{"model":"gpt-4o","apiKey":"sk-avec une-espace"}""", "apiKey", "ni espace" },
        { "openai", """{"model":"gpt-4o","apiKey":"sk-1234567890","removeApiKey":true}""", "apiKey", "pas les deux" },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task Bad_settings_get_a_French_400_per_field_that_never_repeats_the_key(string provider, string body, string field, string expected)
    {
        var admin = await factory.AdminAsync();

        var response = await admin.PutAsync($"/api/admin/providers/{provider}", new StringContent(body, System.Text.Encoding.UTF8, "application/json"), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync(Ct);
        var problem = JsonDocument.Parse(text).RootElement;
        Assert.Equal("invalid-provider-settings", problem.GetProperty("code").GetString());
        var messages = string.Join(" ", problem.GetProperty("errors").GetProperty(field).EnumerateArray().Select(m => m.GetString()));
        Assert.Contains(expected, messages, StringComparison.Ordinal);
        Assert.DoesNotContain("sk-", text, StringComparison.Ordinal);
        Assert.False(await factory.WithDbAsync(db => db.ProviderSettings.AnyAsync(Ct)));
    }

    [Theory]
    [InlineData("offline", "hors ligne")]
    [InlineData("mistral", "Fournisseur inconnu")]
    public async Task Offline_and_unknown_providers_are_refused_in_French(string provider, string expected)
    {
        var admin = await factory.AdminAsync();

        var put = await ProviderSettingsFactory.PutAsync(admin, provider, new { endpoint = "https://x.example/v1", model = "m" });
        var test = await admin.PostAsync($"/api/admin/providers/{provider}/test", null, Ct);

        foreach (var response in new[] { put, test })
        {
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Contains(expected, (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("detail").GetString(), StringComparison.Ordinal);
        }
    }
}
