using Microsoft.AspNetCore.Hosting;

namespace Grader.Api.Infrastructure;

/// <summary>
/// A fixed address by default — <c>http://localhost:5080</c> — so that <c>dotnet run</c>, scripts and load tests
/// know where the service is. Any address given explicitly wins: <c>--urls</c>, <c>ASPNETCORE_URLS</c> or
/// <c>URLS</c>, <c>ASPNETCORE_HTTP_PORTS</c>/<c>HTTPS_PORTS</c> (the container image sets 8080), or
/// <c>Kestrel:Endpoints</c>. This is done here rather than with <c>applicationUrl</c> in launchSettings.json,
/// because <c>dotnet run</c> lets a launch profile's URL override <c>ASPNETCORE_URLS</c>.
/// </summary>
internal static class DefaultUrlExtensions
{
    public const string DefaultUrl = "http://localhost:5080";

    public static void UseGraderDefaultUrl(this WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        var explicitAddress = !string.IsNullOrWhiteSpace(configuration[WebHostDefaults.ServerUrlsKey])
            || !string.IsNullOrWhiteSpace(configuration[WebHostDefaults.HttpPortsKey])
            || !string.IsNullOrWhiteSpace(configuration[WebHostDefaults.HttpsPortsKey])
            || configuration.GetSection("Kestrel:Endpoints").Exists();
        if (!explicitAddress)
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }
    }
}
