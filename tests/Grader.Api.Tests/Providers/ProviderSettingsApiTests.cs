using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace Grader.Api.Tests.ModelProviders;

/// <summary>
/// <c>/api/admin/providers</c>: effective settings with their origin, storing them field by field, French 400s, and the
/// API key written but never read back — not in a response, the audit trail, the logs or the database in clear.
/// </summary>
public sealed class ProviderSettingsApiTests
{
    private const string Key = "sk-test-Zq8vLx3Rk2Pw9Tn5";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_stored_key_is_announced_but_never_shown_audited_logged_or_stored_in_clear()
    {
        await using var factory = new ProviderSettingsFactory();
        var admin = await factory.AdminAsync();

        var saved = await ProviderSettingsFactory.PutAsync(admin, "openai-compatible", new { endpoint = "http://127.0.0.1:11434/v1", model = "mistral-small", apiKey = Key });
        Assert.Equal(HttpStatusCode.NoContent, saved.StatusCode);

        var response = await admin.GetAsync("/api/admin/providers", Ct);
        var text = await response.Content.ReadAsStringAsync(Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain(Key, text, StringComparison.Ordinal);
        Assert.DoesNotContain(Key[..10], text, StringComparison.Ordinal);
        var list = JsonDocument.Parse(text).RootElement;
        Assert.Equal("offline", list.GetProperty("defaultProvider").GetString());
        Assert.False(list.GetProperty("languageModelUsed").GetBoolean());
        Assert.Equal(["azure-openai", "openai", "openai-compatible"], list.GetProperty("providers").EnumerateArray().Select(p => p.GetProperty("provider").GetString()));
        var stored = Provider(list, "openai-compatible");
        Assert.Equal("http://127.0.0.1:11434/v1", stored.GetProperty("endpoint").GetString());
        Assert.Equal("administration", stored.GetProperty("endpointSource").GetString());
        Assert.Equal("mistral-small", stored.GetProperty("model").GetString());
        Assert.True(stored.GetProperty("hasApiKey").GetBoolean());
        Assert.Equal("administration", stored.GetProperty("apiKeySource").GetString());
        Assert.Equal("admin", stored.GetProperty("updatedBy").GetString());
        Assert.NotEqual(JsonValueKind.Null, stored.GetProperty("updatedAt").ValueKind);
        // The answer's shape: a field added later that would carry the key fails here.
        Assert.Equal(
            ["apiKeySource", "endpoint", "endpointSource", "hasApiKey", "isDefault", "label", "model", "modelSource", "provider", "revision", "updatedAt", "updatedBy"],
            stored.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        var untouched = Provider(list, "openai");
        Assert.False(untouched.GetProperty("hasApiKey").GetBoolean());
        Assert.Equal(JsonValueKind.Null, untouched.GetProperty("endpointSource").ValueKind);

        var (audit, column) = await factory.WithDbAsync(async db => (
            await db.AuditEntries.Where(a => a.Action == "provider.settings-updated").Select(a => a.Payload).SingleAsync(Ct),
            await db.ProviderSettings.Select(p => p.ProtectedApiKey).SingleAsync(Ct)));
        Assert.Contains("\"apiKeyChange\":\"replaced\"", audit, StringComparison.Ordinal);
        Assert.DoesNotContain(Key, audit, StringComparison.Ordinal);
        Assert.NotNull(column);
        Assert.DoesNotContain(Key, column, StringComparison.Ordinal);
        Assert.DoesNotContain(Key, factory.AllLogText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_omitted_key_is_kept_a_removed_one_is_gone_and_each_save_is_audited()
    {
        await using var factory = new ProviderSettingsFactory();
        var admin = await factory.AdminAsync();
        await ProviderSettingsFactory.PutAsync(admin, "azure-openai", new { endpoint = "https://grader.openai.azure.com/", model = "gpt-4o-mini", apiKey = Key });

        Assert.Equal(HttpStatusCode.NoContent, (await ProviderSettingsFactory.PutAsync(admin, "azure-openai", new { endpoint = "https://grader.openai.azure.com/", model = "gpt-4o", apiKey = (string?)null })).StatusCode);
        var kept = Provider(await admin.GetFromJsonAsync<JsonElement>("/api/admin/providers", Ct), "azure-openai");
        Assert.Equal("gpt-4o", kept.GetProperty("model").GetString());
        Assert.True(kept.GetProperty("hasApiKey").GetBoolean());
        Assert.Equal(1, kept.GetProperty("revision").GetInt64());

        Assert.Equal(HttpStatusCode.NoContent, (await ProviderSettingsFactory.PutAsync(admin, "azure-openai", new { endpoint = "https://grader.openai.azure.com/", model = "gpt-4o", removeApiKey = true })).StatusCode);
        var removed = Provider(await admin.GetFromJsonAsync<JsonElement>("/api/admin/providers", Ct), "azure-openai");
        Assert.False(removed.GetProperty("hasApiKey").GetBoolean());
        Assert.Equal(JsonValueKind.Null, removed.GetProperty("apiKeySource").ValueKind);
        Assert.Null(await factory.WithDbAsync(db => db.ProviderSettings.Select(p => p.ProtectedApiKey).SingleAsync(Ct)));

        var audited = await factory.WithDbAsync(db => db.AuditEntries.Where(a => a.Action == "provider.settings-updated").OrderBy(a => a.Sequence).Select(a => a.Payload!).ToListAsync(Ct));
        Assert.Equal(3, audited.Count);
        Assert.Contains("\"apiKeyChange\":\"kept\"", audited[1], StringComparison.Ordinal);
        Assert.Contains("\"apiKeyChange\":\"removed\"", audited[2], StringComparison.Ordinal);
        Assert.All(audited, payload => Assert.DoesNotContain(Key, payload, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_configured_provider_shows_its_configuration_and_stored_fields_override_it_one_by_one()
    {
        const string configuredKey = "sk-config-Hy7Wd2Kq9Lm4";
        await using var factory = new ProviderSettingsFactory();
        factory.With("Grader:Llm:Provider", "openai-compatible").With("Grader:Llm:Endpoint", "http://127.0.0.1:11434/v1")
            .With("Grader:Llm:Model", "llama3").With("Grader:Llm:ApiKey", configuredKey);
        var admin = await factory.AdminAsync();

        var before = await admin.GetFromJsonAsync<JsonElement>("/api/admin/providers", Ct);
        Assert.True(before.GetProperty("languageModelUsed").GetBoolean());
        var configured = Provider(before, "openai-compatible");
        Assert.True(configured.GetProperty("isDefault").GetBoolean());
        Assert.Equal(("configuration", "configuration", "configuration"),
            (configured.GetProperty("endpointSource").GetString(), configured.GetProperty("modelSource").GetString(), configured.GetProperty("apiKeySource").GetString()));
        Assert.DoesNotContain(configuredKey, before.GetRawText(), StringComparison.Ordinal);
        // Another provider never inherits the configured one's endpoint, model or key.
        var other = Provider(before, "openai");
        Assert.Equal(JsonValueKind.Null, other.GetProperty("model").ValueKind);
        Assert.False(other.GetProperty("hasApiKey").GetBoolean());

        await ProviderSettingsFactory.PutAsync(admin, "openai-compatible", new { endpoint = "http://127.0.0.1:11434/v1", model = "mistral-small" });
        var after = Provider(await admin.GetFromJsonAsync<JsonElement>("/api/admin/providers", Ct), "openai-compatible");
        Assert.Equal(("mistral-small", "administration"), (after.GetProperty("model").GetString(), after.GetProperty("modelSource").GetString()));
        Assert.Equal("configuration", after.GetProperty("apiKeySource").GetString());
        Assert.DoesNotContain(configuredKey, factory.AllLogText, StringComparison.Ordinal);
    }

    internal static JsonElement Provider(JsonElement list, string name) =>
        list.GetProperty("providers").EnumerateArray().Single(p => p.GetProperty("provider").GetString() == name);
}
