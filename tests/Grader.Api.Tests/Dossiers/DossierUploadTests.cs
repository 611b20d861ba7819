using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Grader.Api.Identity;
using Grader.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Grader.Api.Tests.Dossiers;

/// <summary>A dossier uploaded over HTTP goes through the real pipeline (offline) in the background to a stored pre-assessment.</summary>
public sealed class DossierUploadTests(ProcessingApiFactory factory) : IClassFixture<ProcessingApiFactory>
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task A_candidate_upload_is_accepted_then_processed_to_one_pre_assessment()
    {
        var ct = TestContext.Current.CancellationToken;
        var session = await factory.CreateSessionAsync();
        var client = await factory.ClientForAsync(session.CandidateUser);

        var response = await client.PostAsync($"/api/sessions/{session.Id}/dossiers", DossierForms.SampleUpload(candidateId: null), ct);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var accepted = await response.Content.ReadFromJsonAsync<JsonElement>(ct);
        var dossierId = accepted.GetProperty("dossierId").GetGuid();
        var statusUrl = accepted.GetProperty("statusUrl").GetString()!;
        Assert.Equal(statusUrl, response.Headers.Location?.OriginalString);
        Assert.Equal(statusUrl + "/events", accepted.GetProperty("eventsUrl").GetString());
        Assert.NotEqual(Guid.Empty, accepted.GetProperty("jobId").GetGuid());

        var status = await PollUntilTerminalAsync(client, statusUrl, ct);
        Assert.Equal("Succeeded", status.GetProperty("state").GetString());
        Assert.Equal("done", status.GetProperty("stage").GetString());
        Assert.True(status.GetProperty("criteriaTotal").GetInt32() > 0);
        Assert.Equal(status.GetProperty("criteriaTotal").GetInt32(), status.GetProperty("criteriaDone").GetInt32());
        Assert.Equal(1, status.GetProperty("attempts").GetInt32());

        var dossier = await client.GetFromJsonAsync<JsonElement>($"/api/dossiers/{dossierId}", ct);
        Assert.Equal("PreAssessed", dossier.GetProperty("status").GetString());
        Assert.Equal("e2", dossier.GetProperty("epreuve").GetString());
        var file = Assert.Single(dossier.GetProperty("files").EnumerateArray());
        Assert.Equal("pdf", file.GetProperty("format").GetString());
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(DossierForms.SamplePdf()))), file.GetProperty("sha256").GetString());

        var (records, drafts, actions) = await factory.WithDbAsync(async db => (
            await db.PreAssessments.CountAsync(p => p.DossierId == dossierId, ct),
            await db.FeedbackDrafts.CountAsync(f => f.DossierId == dossierId, ct),
            await db.AuditEntries.Where(a => a.EntityId == dossierId.ToString() || a.Action == "preassessment.created").Select(a => a.Action).ToListAsync(ct)));
        Assert.Equal(1, records);
        Assert.Equal(1, drafts);
        Assert.Contains("dossier.uploaded", actions);
        Assert.Contains("preassessment.created", actions);
        // Indexed under the dossier's own id: erasing the dossier can find its passages, no other dossier shares them.
        var index = factory.Services.GetRequiredService<Grader.Pipeline.Indexing.IChunkIndex>();
        Assert.True(await index.CountAsync(dossierId.ToString(), ct) > 0);
    }

    [Fact]
    public async Task The_event_stream_reports_progress_and_ends_at_the_terminal_state()
    {
        var ct = TestContext.Current.CancellationToken;
        var session = await factory.CreateSessionAsync();
        var client = await factory.ClientForAsync(session.CandidateUser);
        var accepted = await (await client.PostAsync($"/api/sessions/{session.Id}/dossiers", DossierForms.SampleUpload(null), ct))
            .Content.ReadFromJsonAsync<JsonElement>(ct);

        using var bounded = CancellationTokenSource.CreateLinkedTokenSource(ct);
        bounded.CancelAfter(Bound);
        using var response = await client.GetAsync(accepted.GetProperty("eventsUrl").GetString(), HttpCompletionOption.ResponseHeadersRead, bounded.Token);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        var events = new List<JsonElement>();
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(bounded.Token));
        while (await reader.ReadLineAsync(bounded.Token) is { } line)
        {
            if (line.StartsWith("event:", StringComparison.Ordinal))
            {
                Assert.Equal("progress", line["event:".Length..].Trim());
            }
            else if (line.StartsWith("data:", StringComparison.Ordinal))
            {
                events.Add(JsonDocument.Parse(line["data:".Length..]).RootElement.Clone());
            }
        }

        // The stream ended by itself (ReadLine returned null before the bound), on the terminal state.
        Assert.NotEmpty(events);
        Assert.Equal("Succeeded", events[^1].GetProperty("state").GetString());
        Assert.Equal(events[^1].GetProperty("criteriaTotal").GetInt32(), events[^1].GetProperty("criteriaDone").GetInt32());
    }

    [Fact]
    public async Task Jurors_of_the_session_list_its_dossiers_and_another_candidate_sees_none()
    {
        var ct = TestContext.Current.CancellationToken;
        var session = await factory.CreateSessionAsync();
        var candidate = await factory.ClientForAsync(session.CandidateUser);
        var upload = await candidate.PostAsync($"/api/sessions/{session.Id}/dossiers", DossierForms.SampleUpload(null), ct);
        var dossierId = (await upload.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("dossierId").GetGuid();

        var juror = await factory.ClientForAsync(session.Juror);
        var listed = await juror.GetFromJsonAsync<JsonElement>($"/api/sessions/{session.Id}/dossiers?page=1&pageSize=10", ct);
        Assert.Equal(dossierId, Assert.Single(listed.GetProperty("items").EnumerateArray()).GetProperty("id").GetGuid());

        var stranger = await factory.ClientAsAsync(GraderRoles.Candidate);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/api/dossiers/{dossierId}", ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/api/dossiers/{dossierId}/processing", ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/api/sessions/{session.Id}/dossiers", ct)).StatusCode);
    }

    [Fact]
    public async Task In_a_formative_session_with_immediate_release_the_candidate_reads_the_feedback_once_processed()
    {
        var ct = TestContext.Current.CancellationToken;
        var session = await factory.CreateSessionAsync(mode: SessionMode.Formative, release: ReleasePolicy.Immediate);
        var client = await factory.ClientForAsync(session.CandidateUser);
        var accepted = await (await client.PostAsync($"/api/sessions/{session.Id}/dossiers", DossierForms.SampleUpload(null), ct))
            .Content.ReadFromJsonAsync<JsonElement>(ct);

        Assert.Equal("Succeeded", (await PollUntilTerminalAsync(client, accepted.GetProperty("statusUrl").GetString()!, ct)).GetProperty("state").GetString());
        // The job releases right after saving the pre-assessment: within the same run, a moment after « Succeeded ».
        var feedbackUrl = $"/api/dossiers/{accepted.GetProperty("dossierId").GetGuid()}/feedback";
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        HttpResponseMessage response;
        while ((response = await client.GetAsync(feedbackUrl, ct)).StatusCode == HttpStatusCode.NotFound && DateTime.UtcNow < deadline)
        {
            await Task.Delay(200, ct);
        }

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var feedback = await response.Content.ReadFromJsonAsync<JsonElement>(ct);

        Assert.True(feedback.GetProperty("latest").GetProperty("automatic").GetBoolean());
        Assert.Contains("sans modèle de langage", feedback.GetProperty("latest").GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    private static async Task<JsonElement> PollUntilTerminalAsync(HttpClient client, string statusUrl, CancellationToken ct)
    {
        var deadline = DateTime.UtcNow + Bound;
        while (DateTime.UtcNow < deadline)
        {
            var status = await client.GetFromJsonAsync<JsonElement>(statusUrl, ct);
            if (status.GetProperty("state").GetString() is "Succeeded" or "Failed")
            {
                return status;
            }

            await Task.Delay(200, ct);
        }

        throw new TimeoutException($"The processing did not end within {Bound}.");
    }
}
