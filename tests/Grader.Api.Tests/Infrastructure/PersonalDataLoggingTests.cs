using System.Net;
using System.Text;
using Microsoft.Extensions.Logging;

namespace Grader.Api.Tests.Infrastructure;

/// <summary>A candidate's name and e-mail sent to the service never reach the logs, even at the most verbose level.</summary>
public sealed class PersonalDataLoggingTests
{
    private const string Name = "Maëlys Quintard-Lebrun";
    private const string Email = "maelys.quintard@exemple-candidat.fr";

    private static readonly Dictionary<string, string?> EverythingVerbose = new()
    {
        ["Logging:LogLevel:Default"] = "Trace",
        ["Logging:LogLevel:Microsoft"] = "Trace",
        ["Logging:LogLevel:Microsoft.AspNetCore"] = "Trace",
        ["Logging:LogLevel:Microsoft.AspNetCore.Hosting.Diagnostics"] = "Trace",
        ["Logging:LogLevel:Microsoft.AspNetCore.HttpLogging"] = "Trace",
    };

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Bodies_and_query_strings_with_a_candidates_identity_stay_out_of_the_logs()
    {
        var logs = new CapturingLoggerProvider();
        await using (var host = await InfrastructureSliceHost.StartAsync(EverythingVerbose, logs))
        {
            var query = $"?email={Uri.EscapeDataString(Email)}&name={Uri.EscapeDataString(Name)}";
            var accepted = await host.Client.PostAsync("/test/candidates" + query, Json($"{{\"name\":\"{Name}\",\"email\":\"{Email}\",\"age\":31}}"), Cancellation);
            var malformed = await host.Client.PostAsync("/test/candidates", Json($"{{\"name\":\"{Name}\",\"email\":\"{Email}\",\"age\":\"{Email}\"}}"), Cancellation);
            var truncated = await host.Client.PostAsync("/test/candidates", Json($"{{\"name\":\"{Name}\",\"email\":\"{Email}"), Cancellation);

            Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
            Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
            Assert.Equal(HttpStatusCode.BadRequest, truncated.StatusCode);
        }

        AssertNoPersonalData(logs);
    }

    [Fact]
    public async Task The_whole_service_keeps_query_strings_out_of_its_logs()
    {
        var logs = new CapturingLoggerProvider();
        await using (var factory = new OpsApiFactory(EverythingVerbose, logs: logs))
        {
            var client = factory.CreateClient();
            var query = $"?email={Uri.EscapeDataString(Email)}&candidate={Uri.EscapeDataString(Name)}";
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/rubrics" + query, Cancellation)).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/rubrics/unknown" + query, Cancellation)).StatusCode);
            Assert.Equal(HttpStatusCode.MethodNotAllowed, (await client.PostAsync("/api/rubrics" + query, Json($"{{\"email\":\"{Email}\"}}"), Cancellation)).StatusCode);
        }

        AssertNoPersonalData(logs);
    }

    private static void AssertNoPersonalData(CapturingLoggerProvider logs)
    {
        var lines = logs.Lines;

        // The access log is there (so the capture works and requests were logged), with the path and no more.
        Assert.Contains(lines, l => l.Category.StartsWith("Microsoft.AspNetCore.HttpLogging", StringComparison.Ordinal) && l.AllText.Contains("Path", StringComparison.Ordinal));
        Assert.All(lines, line =>
        {
            foreach (var secret in new[] { Email, Uri.EscapeDataString(Email), "maelys", "Maëlys", Uri.EscapeDataString(Name), "Quintard" })
            {
                Assert.False(line.AllText.Contains(secret, StringComparison.OrdinalIgnoreCase), $"{line.Category} ({line.Level}) logged « {secret} »: {line.AllText}");
            }
        });
        Assert.DoesNotContain(lines, l => l.Level >= LogLevel.Error);
    }

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");
}
