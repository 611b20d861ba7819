using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Grader.Api.Tests.Infrastructure;

/// <summary>Every error status the service answers is a French RFC 9457 problem details, without stack traces.</summary>
public sealed class ProblemDetailsTests
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_unknown_route_is_a_french_404_problem()
    {
        await using var factory = new OpsApiFactory();

        var response = await factory.CreateClient().GetAsync("/api/nothing-here", Cancellation);

        var problem = await AssertProblemAsync(response, HttpStatusCode.NotFound);
        Assert.Equal("Ressource introuvable", problem.GetProperty("title").GetString());
        Assert.Equal("Aucune ressource ne correspond à cette adresse.", problem.GetProperty("detail").GetString());
        Assert.Equal("https://grader.local/problems/http-404", problem.GetProperty("type").GetString());
    }

    [Fact]
    public async Task A_wrong_method_is_a_french_405_problem()
    {
        await using var factory = new OpsApiFactory();

        var response = await factory.CreateClient().DeleteAsync("/api/rubrics", Cancellation);

        var problem = await AssertProblemAsync(response, HttpStatusCode.MethodNotAllowed);
        Assert.Equal("Méthode non autorisée", problem.GetProperty("title").GetString());
    }

    [Fact]
    public async Task Malformed_json_is_a_french_400_not_a_500()
    {
        await using var host = await InfrastructureSliceHost.StartAsync();

        var response = await host.Client.PostAsync("/test/candidates", Json("{\"name\": \"Camille\", \"email\": "), Cancellation);

        var problem = await AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal("Requête invalide", problem.GetProperty("title").GetString());
        Assert.StartsWith("Le corps de la requête n’est pas un JSON valide", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal("invalid-request", problem.GetProperty("code").GetString());
    }

    [Fact]
    public async Task A_value_of_the_wrong_type_names_the_field_but_not_the_value()
    {
        await using var host = await InfrastructureSliceHost.StartAsync();

        var response = await host.Client.PostAsync("/test/candidates", Json("{\"name\": \"Camille\", \"email\": \"c@example.fr\", \"age\": \"trente\"}"), Cancellation);

        var problem = await AssertProblemAsync(response, HttpStatusCode.BadRequest);
        var detail = problem.GetProperty("detail").GetString();
        Assert.Contains("« $.age »", detail, StringComparison.Ordinal);
        Assert.DoesNotContain("trente", detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_body_that_is_not_json_is_a_french_415_problem()
    {
        await using var host = await InfrastructureSliceHost.StartAsync();

        var response = await host.Client.PostAsync("/test/candidates", new StringContent("name=Camille", Encoding.UTF8, "text/plain"), Cancellation);

        var problem = await AssertProblemAsync(response, HttpStatusCode.UnsupportedMediaType);
        Assert.Equal("Type de contenu non pris en charge", problem.GetProperty("title").GetString());
    }

    [Fact]
    public async Task Kestrels_request_too_large_is_a_french_413_problem()
    {
        await using var host = await InfrastructureSliceHost.StartAsync();

        var response = await host.Client.GetAsync("/test/too-large", Cancellation);

        var problem = await AssertProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
        Assert.Equal("Requête trop volumineuse", problem.GetProperty("title").GetString());
        Assert.Equal("Le contenu envoyé dépasse la taille maximale acceptée par le service.", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task An_empty_conflict_gets_a_french_409_problem()
    {
        await using var host = await InfrastructureSliceHost.StartAsync();

        var response = await host.Client.GetAsync("/test/conflict", Cancellation);

        var problem = await AssertProblemAsync(response, HttpStatusCode.Conflict);
        Assert.Equal("Conflit", problem.GetProperty("title").GetString());
    }

    [Fact]
    public async Task An_unexpected_error_is_a_generic_500_without_message_or_stack_trace()
    {
        await using var host = await InfrastructureSliceHost.StartAsync();

        var response = await host.Client.GetAsync("/test/failure", Cancellation);

        var problem = await AssertProblemAsync(response, HttpStatusCode.InternalServerError);
        var body = problem.GetRawText();
        Assert.Equal("Erreur interne", problem.GetProperty("title").GetString());
        Assert.DoesNotContain("hunter2", body, StringComparison.Ordinal);
        Assert.DoesNotContain("InvalidOperationException", body, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", body, StringComparison.Ordinal);
    }

    internal static async Task<JsonElement> AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Cancellation);
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        return problem;
    }

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");
}
