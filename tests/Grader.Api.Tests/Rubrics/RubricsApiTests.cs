using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Grader.Api.Tests.Support;

namespace Grader.Api.Tests.Rubrics;

public sealed class RubricsApiTests(GraderApiFactory factory) : IClassFixture<GraderApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Lists_the_shipped_rubric_with_its_version()
    {
        var rubrics = await _client.GetFromJsonAsync<JsonElement>("/api/rubrics", TestContext.Current.CancellationToken);

        var rubric = Assert.Single(rubrics.EnumerateArray(), r => r.GetProperty("id").GetString() == "developpement-commercial");
        Assert.Matches(@"^\d+\.\d+\.\d+$", rubric.GetProperty("version").GetString());
    }

    [Fact]
    public async Task Returns_a_competence_by_its_irregular_source_code()
    {
        var placement = await _client.GetFromJsonAsync<JsonElement>("/api/rubrics/developpement-commercial/competences/C3.1.1", TestContext.Current.CancellationToken);

        Assert.Equal("C3.1.1.", placement.GetProperty("competence").GetProperty("sourceCode").GetString());
        Assert.Equal(3, placement.GetProperty("bloc").GetInt32());
        Assert.Equal("e3", placement.GetProperty("epreuves")[0].GetString());
        Assert.True(placement.GetProperty("competence").GetProperty("criteria").GetArrayLength() >= 1);
    }

    [Fact]
    public async Task Whole_rubric_holds_six_blocs_and_no_server_paths()
    {
        var body = await _client.GetStringAsync("/api/rubrics/developpement-commercial", TestContext.Current.CancellationToken);
        using var json = JsonDocument.Parse(body);

        Assert.Equal(6, json.RootElement.GetProperty("blocs").GetArrayLength());
        Assert.DoesNotContain("/rubrics/", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_competence_is_a_french_problem_details_404()
    {
        var response = await _client.GetAsync("/api/rubrics/developpement-commercial/competences/C.9.9.9", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        Assert.Contains("Aucune compétence « C.9.9.9 »", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal("unknown-competence", problem.GetProperty("code").GetString());
    }

    [Fact]
    public async Task Ambiguous_epreuve_code_is_a_french_problem_details_400()
    {
        var response = await _client.GetAsync("/api/rubrics/developpement-commercial/epreuves/E6", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        Assert.Contains("plusieurs épreuves", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }
}
