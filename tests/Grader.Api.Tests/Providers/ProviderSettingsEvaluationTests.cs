using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Grader.Api.Tests.Dossiers;
using Grader.Api.Tests.Processing;
using Microsoft.EntityFrameworkCore;

namespace Grader.Api.Tests.ModelProviders;

/// <summary>
/// The evaluation uses what the administration stored: a session naming <c>openai-compatible</c>, on a service whose
/// configuration names no model at all, gets its dossier evaluated by the stub with the stored key; a new key stored
/// later gives a new pipeline for the next dossier (the old one is kept for jobs in flight).
/// </summary>
public sealed class ProviderSettingsEvaluationTests
{
    private const string Key = "sk-stub-Ev9Wq3Lp7Zt1";
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(90);
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_dossier_is_evaluated_with_settings_stored_only_through_the_administration_and_a_new_key_applies_next()
    {
        await using var stub = new SlowOpenAiStub(TimeSpan.Zero) { RequiredApiKey = Key };
        await using var factory = new ProviderSettingsFactory();
        factory.With("Grader:Jobs:PollInterval", "00:00:00.200").With("Grader:Jobs:ProgressWriteInterval", "00:00:00.100").With("Grader:Jobs:MaxRetries", "0");
        var admin = await factory.AdminAsync();
        Assert.Equal(HttpStatusCode.NoContent, (await ProviderSettingsFactory.PutAsync(admin, "openai-compatible", new { endpoint = stub.BaseUri.ToString(), model = "stub-model", apiKey = Key })).StatusCode);

        var first = await UploadAndWaitAsync(factory);

        Assert.Equal("Succeeded", first.Status.GetProperty("state").GetString());
        Assert.True(stub.Calls > 0);
        Assert.All(stub.Authorizations, a => Assert.Equal("Bearer " + Key, a));
        var record = await factory.WithDbAsync(db => db.PreAssessments.AsNoTracking().SingleAsync(p => p.DossierId == first.DossierId, Ct));
        Assert.Equal(("openai-compatible", "stub-model"), (record.Provider, record.Model));

        // A new revision of the settings: the next dossier is evaluated by a pipeline built with the new key.
        const string replaced = "sk-replaced-Bn2Xk8Dm4";
        await ProviderSettingsFactory.PutAsync(admin, "openai-compatible", new { endpoint = stub.BaseUri.ToString(), model = "stub-model", apiKey = replaced });
        var callsBefore = stub.Authorizations.Count;

        await UploadAndWaitAsync(factory);

        // The stub refuses the new key: each criterion then records the refusal, and not one call used the old key.
        var after = stub.Authorizations.Skip(callsBefore).ToList();
        Assert.NotEmpty(after);
        Assert.All(after, a => Assert.Equal("Bearer " + replaced, a));
        Assert.DoesNotContain(Key, factory.AllLogText, StringComparison.Ordinal);
        Assert.DoesNotContain(replaced, factory.AllLogText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Settings_stored_for_the_configured_provider_replace_its_configuration_in_the_evaluation()
    {
        await using var stub = new SlowOpenAiStub(TimeSpan.Zero) { RequiredApiKey = Key };
        await using var factory = new ProviderSettingsFactory();
        // Configured with an address where nothing listens: only the stored endpoint can reach the stub.
        factory.With("Grader:Llm:Provider", "openai-compatible").With("Grader:Llm:Endpoint", "http://127.0.0.1:1/v1").With("Grader:Llm:Model", "configured-model")
            .With("Grader:Jobs:PollInterval", "00:00:00.200").With("Grader:Jobs:ProgressWriteInterval", "00:00:00.100").With("Grader:Jobs:MaxRetries", "0");
        var admin = await factory.AdminAsync();
        await ProviderSettingsFactory.PutAsync(admin, "openai-compatible", new { endpoint = stub.BaseUri.ToString(), model = "stub-model", apiKey = Key });

        var evaluated = await UploadAndWaitAsync(factory);

        Assert.Equal("Succeeded", evaluated.Status.GetProperty("state").GetString());
        Assert.NotEmpty(stub.Authorizations);
        Assert.All(stub.Authorizations, a => Assert.Equal("Bearer " + Key, a));
        var record = await factory.WithDbAsync(db => db.PreAssessments.AsNoTracking().SingleAsync(p => p.DossierId == evaluated.DossierId, Ct));
        Assert.Equal("stub-model", record.Model);
    }

    private static async Task<(Guid DossierId, JsonElement Status)> UploadAndWaitAsync(ProviderSettingsFactory factory)
    {
        var session = await factory.CreateSessionAsync(provider: "openai-compatible");
        var candidate = await factory.ClientForAsync(session.CandidateUser);
        var response = await candidate.PostAsync($"/api/sessions/{session.Id}/dossiers", DossierForms.SampleUpload(candidateId: null), Ct);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var accepted = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        var statusUrl = accepted.GetProperty("statusUrl").GetString()!;
        var deadline = DateTime.UtcNow + Bound;
        while (DateTime.UtcNow < deadline)
        {
            var status = await candidate.GetFromJsonAsync<JsonElement>(statusUrl, Ct);
            if (status.GetProperty("state").GetString() is "Succeeded" or "Failed")
            {
                return (accepted.GetProperty("dossierId").GetGuid(), status);
            }

            await Task.Delay(200, Ct);
        }

        throw new TimeoutException($"The processing did not end within {Bound}: {factory.LogText()}");
    }
}
