using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Grader.Api.Tests.Authorization;

/// <summary>A new endpoint cannot ship without its row in the authorisation matrix.</summary>
public sealed partial class MatrixCoverageTests(AuthorizationMatrixFixture fixture) : IClassFixture<AuthorizationMatrixFixture>
{
    // The interactive reference's static assets and pages: anonymous by design, they serve no data.
    private static readonly string[] Documentation = ["/api/reference"];

    [Fact]
    public void Every_endpoint_of_the_service_has_a_row_in_the_matrix()
    {
        var probed = AuthorizationMatrix.Probes.Select(p => $"{p.Method.Method} {Normalise(p.Path)}").ToHashSet(StringComparer.OrdinalIgnoreCase);
        var endpoints = fixture.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => !Documentation.Any(d => ("/" + e.RoutePattern.RawText?.TrimStart('/')).StartsWith(d, StringComparison.Ordinal)))
            .SelectMany(e => (e.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()?.HttpMethods ?? ["GET"])
                .Select(m => $"{m} {Normalise("/" + e.RoutePattern.RawText!.TrimStart('/'))}"))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);

        var missing = endpoints.Where(e => !probed.Contains(e)).Order(StringComparer.Ordinal).ToList();

        Assert.True(endpoints.Count > 30, $"only {endpoints.Count} endpoints found");
        Assert.True(missing.Count == 0, "Endpoints without a row in AuthorizationMatrix: " + string.Join(", ", missing));
    }

    // "/api/dossiers/{dossierId:guid}/review/" and "/api/dossiers/{dossier}/review" compare equal.
    private static string Normalise(string path) => Placeholder().Replace(path.Split('?')[0], "{}").TrimEnd('/');

    [GeneratedRegex(@"\{[^}]*\}")]
    private static partial Regex Placeholder();
}
