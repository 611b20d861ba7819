using System.Net;
using Grader.Api.Identity;
using Grader.Api.Tests.Support;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Grader.Api.Tests.Identity;

public sealed class OidcSignInTests
{
    [Fact]
    public async Task An_institution_s_provider_is_registered_from_configuration_alone()
    {
        await using var factory = new GraderApiFactory()
            .With("Grader:Auth:Oidc:Authority", "https://idp.exemple.fr/realms/ecole")
            .With("Grader:Auth:Oidc:ClientId", "grader")
            .With("Grader:Auth:Oidc:ClientSecret", "secret-de-test");

        var scheme = await factory.Services.GetRequiredService<IAuthenticationSchemeProvider>().GetSchemeAsync(OidcOptions.Scheme);
        var options = factory.Services.GetRequiredService<IOptionsMonitor<OpenIdConnectOptions>>().Get(OidcOptions.Scheme);

        Assert.NotNull(scheme);
        Assert.Equal("https://idp.exemple.fr/realms/ecole", options.Authority);
        Assert.Equal("grader", options.ClientId);
        Assert.Contains("email", options.Scope);
        Assert.Equal("code", options.ResponseType);
    }

    [Fact]
    public async Task Without_configuration_there_is_no_provider_and_the_route_says_so_in_French()
    {
        await using var factory = new GraderApiFactory();

        var response = await factory.CreateClient().GetAsync("/api/auth/oidc/login", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("n’est pas configurée", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }
}
