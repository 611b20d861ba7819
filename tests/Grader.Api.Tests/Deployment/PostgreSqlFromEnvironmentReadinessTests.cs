using System.Net;
using Grader.Api.Tests.Infrastructure;
using Grader.Api.Tests.Persistence;

namespace Grader.Api.Tests.Deployment;

/// <summary>
/// compose.yaml's way of naming PostgreSQL — environment-style keys only — gives a service whose readiness
/// probe reaches the database. Runs when <c>GRADER_TEST_POSTGRES</c> names a server; skips and says why otherwise.
/// </summary>
[Collection(Grader.Api.Tests.Processing.HangfireAloneCollection.Name)]
public sealed class PostgreSqlFromEnvironmentReadinessTests
{
    [Fact]
    public async Task Ready_reports_the_postgresql_database_reachable()
    {
        var cancellation = TestContext.Current.CancellationToken;
        await using var database = await PostgreSqlTestDatabase.CreateAsync();
        await using var factory = new OpsApiFactory(new Dictionary<string, string?>
        {
            ["Grader__Database__Provider"] = "postgresql",
            ["Grader__Database__ConnectionString"] = database.ConnectionString,
        }, registerIndexing: true);

        var ready = await factory.CreateClient().GetAsync("/health/ready", cancellation);

        Assert.True(HttpStatusCode.OK == ready.StatusCode, await ready.Content.ReadAsStringAsync(cancellation));
        Assert.Equal(("healthy", "Base de données joignable."), (await HealthTests.ChecksAsync(ready))["database"]);
    }
}
