using System.Net.Http.Json;
using Grader.Api.Identity;
using Grader.Api.Tests.Infrastructure;
using Grader.Api.Tests.Support;

namespace Grader.Api.Tests.ModelProviders;

/// <summary>The test service with every log line captured, so that tests can prove an API key never reaches the logs.</summary>
public sealed class ProviderSettingsFactory : GraderApiFactory
{
    public ProviderSettingsFactory()
    {
        Logs = new CapturingLoggerProvider();
        // Every evaluation must reach the stub: a cached answer would hide which key a pipeline uses.
        With("Grader:Llm:CacheEnabled", "false");
    }

    public async Task<HttpClient> AdminAsync() => await ClientAsAsync(GraderRoles.Administrator);

    public string AllLogText => string.Join('\n', Logs!.Lines.Select(l => l.AllText));

    public static async Task<HttpResponseMessage> PutAsync(HttpClient admin, string provider, object body) =>
        await admin.PutAsJsonAsync($"/api/admin/providers/{provider}", body, TestContext.Current.CancellationToken);
}
