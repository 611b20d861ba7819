using System.Net;
using Grader.Api.Tests.Infrastructure;

namespace Grader.Api.Tests.Deployment;

/// <summary>
/// The service configured only with environment-style keys, as compose.yaml does, for a Qdrant index at an address
/// where nothing listens: it starts, stays live, and says it is not ready because of the index.
/// </summary>
public sealed class QdrantFromEnvironmentTests
{
    [Fact]
    public async Task An_unreachable_qdrant_makes_ready_answer_503_with_the_index_unhealthy()
    {
        var cancellation = TestContext.Current.CancellationToken;
        await using var factory = new OpsApiFactory(new Dictionary<string, string?>
        {
            ["Grader__Index__Provider"] = "qdrant",
            // Port 1 on the loopback: refused at once, no traffic leaves the machine.
            ["Grader__Index__QdrantUrl"] = "http://127.0.0.1:1",
        }, registerIndexing: true);
        var client = factory.CreateClient();

        var ready = await client.GetAsync("/health/ready", cancellation);
        var live = await client.GetAsync("/health/live", cancellation);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        var checks = await HealthTests.ChecksAsync(ready);
        Assert.Equal("unhealthy", checks["index"].Status);
        Assert.StartsWith("Index de passages « qdrant »", checks["index"].Description, StringComparison.Ordinal);
        Assert.Equal("healthy", checks["database"].Status);
    }
}
