using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Grader.Api.Identity;
using Grader.Api.Tests.Support;

namespace Grader.Api.Tests.Infrastructure;

/// <summary>Authentication and authorisation refusals are French problem details too, and the OpenAPI document says which operations need the bearer token.</summary>
public sealed class AuthorizationProblemTests(GraderApiFactory factory) : IClassFixture<GraderApiFactory>
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_anonymous_call_to_a_protected_route_is_a_french_401_problem()
    {
        var response = await factory.CreateClient().GetAsync("/api/users", Cancellation);

        var problem = await ProblemDetailsTests.AssertProblemAsync(response, HttpStatusCode.Unauthorized);
        Assert.Equal("Authentification requise", problem.GetProperty("title").GetString());
    }

    [Fact]
    public async Task A_signed_in_user_without_the_role_gets_a_french_403_problem()
    {
        var client = await factory.ClientAsAsync(GraderRoles.Candidate);

        var response = await client.GetAsync("/api/users", Cancellation);

        var problem = await ProblemDetailsTests.AssertProblemAsync(response, HttpStatusCode.Forbidden);
        Assert.Equal("Accès refusé", problem.GetProperty("title").GetString());
    }

    [Fact]
    public async Task Protected_operations_require_the_bearer_scheme_and_anonymous_ones_do_not()
    {
        var document = await factory.CreateClient().GetFromJsonAsync<JsonElement>("/openapi/v1.json", Cancellation);

        var paths = document.GetProperty("paths");
        Assert.True(paths.GetProperty("/api/users").GetProperty("get").TryGetProperty("security", out var security));
        Assert.True(security[0].TryGetProperty("Bearer", out _));
        Assert.False(paths.GetProperty("/api/auth/login").GetProperty("post").TryGetProperty("security", out _));
    }
}
