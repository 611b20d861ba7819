using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Grader.Api.Tests.Infrastructure;

public sealed partial class OpenApiTests
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_document_has_a_french_title_and_the_bearer_scheme()
    {
        await using var factory = new OpsApiFactory();

        var document = await factory.CreateClient().GetFromJsonAsync<JsonElement>("/openapi/v1.json", Cancellation);

        var info = document.GetProperty("info");
        Assert.Equal("Grader — API de pré-évaluation des dossiers", info.GetProperty("title").GetString());
        Assert.Contains("Le jury décide.", info.GetProperty("description").GetString(), StringComparison.Ordinal);
        var bearer = document.GetProperty("components").GetProperty("securitySchemes").GetProperty("Bearer");
        Assert.Equal("http", bearer.GetProperty("type").GetString());
        Assert.Equal("bearer", bearer.GetProperty("scheme").GetString());
        Assert.True(document.GetProperty("paths").TryGetProperty("/api/rubrics", out _));
    }

    [Fact]
    public async Task The_reference_page_loads_its_script_from_the_service_not_a_cdn()
    {
        await using var factory = new OpsApiFactory();
        var client = factory.CreateClient();

        var page = await client.GetStringAsync("/api/reference/", Cancellation);

        Assert.Contains("<title>Grader — référence de l’API</title>", page, StringComparison.Ordinal);
        var scripts = ScriptSources().Matches(page).Select(m => m.Groups[1].Value).ToList();
        Assert.NotEmpty(scripts);
        Assert.All(scripts, src => Assert.DoesNotMatch("^(https?:)?//", src));
        Assert.DoesNotContain("cdn.jsdelivr", page, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("\"withDefaultFonts\":false", page, StringComparison.Ordinal);
        foreach (var src in scripts)
        {
            var asset = await client.GetAsync("/api/reference/" + src, Cancellation);
            Assert.Equal(HttpStatusCode.OK, asset.StatusCode);
            Assert.Contains("javascript", asset.Content.Headers.ContentType?.MediaType, StringComparison.Ordinal);
        }
    }

    [GeneratedRegex("<script[^>]*\\ssrc=\"([^\"]+)\"")]
    private static partial Regex ScriptSources();
}
