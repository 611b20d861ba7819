using System.Net;
using Grader.Api.Infrastructure;
using Grader.Api.Infrastructure.RateLimiting;

namespace Grader.Api.Tests.Infrastructure;

public sealed class RateLimitingTests
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_upload_policy_answers_429_with_retry_after_and_a_french_problem()
    {
        await using var host = await InfrastructureSliceHost.StartAsync(new Dictionary<string, string?>
        {
            ["Grader:RateLimits:Upload:PermitLimit"] = "2",
            ["Grader:RateLimits:Upload:Window"] = "00:01:00",
        });

        Assert.Equal(HttpStatusCode.Accepted, (await host.Client.PostAsync("/test/uploads", null, Cancellation)).StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, (await host.Client.PostAsync("/test/uploads", null, Cancellation)).StatusCode);
        var refused = await host.Client.PostAsync("/test/uploads", null, Cancellation);

        var problem = await ProblemDetailsTests.AssertProblemAsync(refused, HttpStatusCode.TooManyRequests);
        var retryAfter = int.Parse(Assert.Single(refused.Headers.GetValues("Retry-After")), System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(retryAfter, 1, 60);
        Assert.Equal("Trop de requêtes", problem.GetProperty("title").GetString());
        Assert.Contains($"réessayez dans {retryAfter} seconde", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal("rate-limited", problem.GetProperty("code").GetString());

        // The other policy and unlimited endpoints count separately.
        Assert.Equal(HttpStatusCode.NoContent, (await host.Client.PostAsync("/test/sign-in", null, Cancellation)).StatusCode);
    }

    [Fact]
    public async Task The_sign_in_policy_has_its_own_limit()
    {
        await using var host = await InfrastructureSliceHost.StartAsync(new Dictionary<string, string?>
        {
            ["Grader:RateLimits:SignIn:PermitLimit"] = "1",
        });

        Assert.Equal(HttpStatusCode.NoContent, (await host.Client.PostAsync("/test/sign-in", null, Cancellation)).StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await host.Client.PostAsync("/test/sign-in", null, Cancellation)).StatusCode);
    }

    [Fact]
    public async Task The_global_limiter_applies_to_every_endpoint_but_never_to_health_probes()
    {
        await using var factory = new OpsApiFactory(new Dictionary<string, string?>
        {
            ["Grader__RateLimits__Global__PermitLimit"] = "3",
            ["Grader__RateLimits__Global__Window"] = "00:05:00",
        });
        var client = factory.CreateClient();

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/rubrics", Cancellation)).StatusCode);
        }

        await ProblemDetailsTests.AssertProblemAsync(await client.GetAsync("/api/rubrics", Cancellation), HttpStatusCode.TooManyRequests);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live", Cancellation)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health", Cancellation)).StatusCode);
    }

    [Fact]
    public async Task Limits_can_be_switched_off()
    {
        await using var host = await InfrastructureSliceHost.StartAsync(new Dictionary<string, string?>
        {
            ["Grader:RateLimits:Enabled"] = "false",
            ["Grader:RateLimits:SignIn:PermitLimit"] = "1",
        });

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.NoContent, (await host.Client.PostAsync("/test/sign-in", null, Cancellation)).StatusCode);
        }
    }

    [Fact]
    public void Defaults_let_a_load_test_of_several_hundred_reads_per_second_through()
    {
        var defaults = new RateLimitOptions();

        var perSecond = defaults.Global.PermitLimit / defaults.Global.Window.TotalSeconds;
        Assert.True(perSecond >= 1000, $"the global limit allows {perSecond} requests per second per client");
        Assert.True(new RateLimitOptionsValidator().Validate(null, defaults).Succeeded);
        Assert.Equal("upload", GraderRateLimits.Upload);
        Assert.Equal("sign-in", GraderRateLimits.SignIn);
    }

    [Fact]
    public void A_zero_limit_or_window_is_refused_in_french()
    {
        var options = new RateLimitOptions { Upload = new RateLimitRule { PermitLimit = 0, Window = TimeSpan.Zero } };

        var result = new RateLimitOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains(result.Failures!, f => f.StartsWith("Grader:RateLimits:Upload:PermitLimit doit être", StringComparison.Ordinal));
        Assert.Contains(result.Failures!, f => f.StartsWith("Grader:RateLimits:Upload:Window doit être", StringComparison.Ordinal));
    }
}
