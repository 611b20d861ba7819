using Grader.Api.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Grader.Api.Tests.Infrastructure;

/// <summary>
/// A small host with the service's own infrastructure (problem details, request logging, rate limits — the same
/// extension methods as Program.cs) and endpoints of the kind other branches add (a JSON body with a candidate's
/// identity, an upload limited by <see cref="GraderRateLimits.Upload"/>), which the service does not have yet.
/// </summary>
public sealed class InfrastructureSliceHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private InfrastructureSliceHost(WebApplication app)
    {
        _app = app;
        Client = app.GetTestClient();
    }

    public HttpClient Client { get; }

    public static async Task<InfrastructureSliceHost> StartAsync(IReadOnlyDictionary<string, string?>? settings = null, CapturingLoggerProvider? logs = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production" });
        builder.WebHost.UseTestServer();
        builder.Configuration.AddInMemoryCollection(settings ?? new Dictionary<string, string?>());
        if (logs is not null)
        {
            builder.Logging.ClearProviders();
            builder.Logging.AddProvider(logs);
        }

        builder.AddGraderProblemDetails();
        builder.AddGraderRequestLogging();
        builder.AddGraderRateLimiting();

        var app = builder.Build();
        app.UseGraderProblemDetails();
        app.UseGraderRequestLogging();
        app.UseGraderRateLimiting();

        app.MapPost("/test/candidates", (CandidateInput candidate) => TypedResults.Ok(new { received = candidate.Age }));
        app.MapPost("/test/uploads", () => TypedResults.Accepted("/test/uploads/1")).RequireRateLimiting(GraderRateLimits.Upload);
        app.MapPost("/test/sign-in", () => TypedResults.NoContent()).RequireRateLimiting(GraderRateLimits.SignIn);
        app.MapGet("/test/too-large", () => { throw new BadHttpRequestException("Request body too large.", StatusCodes.Status413PayloadTooLarge); });
        app.MapGet("/test/failure", () => { throw new InvalidOperationException("secret connection string Host=db;Password=hunter2"); });
        app.MapGet("/test/conflict", () => TypedResults.Conflict());

        await app.StartAsync();
        return new InfrastructureSliceHost(app);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.DisposeAsync();
    }

    public sealed record CandidateInput(string Name, string Email, int Age);
}
