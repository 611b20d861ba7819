using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using Grader.Api.Tests.Dossiers;
using Grader.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Grader.Api.Tests.Processing;

/// <summary>
/// The real service killed (SIGKILL) in the middle of an evaluation and started again on the same data folder: the job
/// resumes within the configured recovery time and completes once, the files intact.
/// </summary>
public sealed class CrashRecoveryTests(ITestOutputHelper output) : IDisposable
{
    private const string AdminEmail = "admin@example.test";
    private const string AdminPassword = "MotDePasseAdmin2026";
    private static readonly TimeSpan RecoveryTimeout = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(90);

    private readonly string _folder = Directory.CreateTempSubdirectory("grader-crash-").FullName;

    [Fact]
    public async Task A_job_interrupted_by_a_kill_resumes_after_restart_and_completes_once()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var model = new SlowOpenAiStub(TimeSpan.FromMilliseconds(400));
        var environment = Environment(model);
        ServiceProcess? first = null;
        ServiceProcess? second = null;
        try
        {
            first = await ServiceProcess.StartAsync(_folder, environment, Bound, ct);
            using var client = await SignedInAsync(first, ct);
            var (dossierId, statusUrl) = await UploadAsync(client, ct);

            var running = await PollAsync(client, statusUrl, s => s.GetProperty("criteriaDone").GetInt32() >= 1 || IsTerminal(s), ct);
            Assert.Equal("Running", running.GetProperty("state").GetString());
            var callsBeforeKill = model.Calls;
            first.Kill();

            second = await ServiceProcess.StartAsync(_folder, environment, Bound, ct);
            using var again = await SignedInAsync(second, ct);
            var resumedAt = DateTime.UtcNow;
            var done = await PollAsync(again, statusUrl, IsTerminal, ct);
            output.WriteLine($"Finished {DateTime.UtcNow - resumedAt:g} after the restart; {model.Calls} model calls, {callsBeforeKill} before the kill.");

            Assert.Equal("Succeeded", done.GetProperty("state").GetString());
            Assert.True(done.GetProperty("attempts").GetInt32() >= 2, "The restart shows as a second attempt.");
            Assert.Equal(done.GetProperty("criteriaTotal").GetInt32(), done.GetProperty("criteriaDone").GetInt32());
            await AssertStoredOnceAndIntactAsync(dossierId, ct);
        }
        finally
        {
            if (first is not null)
            {
                output.WriteLine("— first run —\n" + first.RecentOutput);
            }

            if (second is not null)
            {
                output.WriteLine("— second run —\n" + second.RecentOutput);
            }

            first?.Dispose();
            second?.Dispose();
        }
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // Left to the temp cleaner.
        }
    }

    private static Dictionary<string, string> Environment(SlowOpenAiStub model) => new()
    {
        ["Grader__Bootstrap__AdminEmail"] = AdminEmail,
        ["Grader__Bootstrap__AdminPassword"] = AdminPassword,
        ["Grader__Llm__Provider"] = "openai-compatible",
        ["Grader__Llm__Endpoint"] = model.BaseUri.ToString(),
        ["Grader__Llm__Model"] = "stub-model",
        // One call at a time: the evaluation lasts a few seconds and progresses visibly.
        ["Grader__Llm__MaxConcurrency"] = "1",
        ["Grader__Jobs__RecoveryTimeout"] = RecoveryTimeout.ToString(),
        ["Grader__Jobs__HeartbeatInterval"] = "00:00:01",
        ["Grader__Jobs__PollInterval"] = "00:00:00.500",
        ["Grader__Jobs__ProgressWriteInterval"] = "00:00:00.100",
        ["Logging__LogLevel__Default"] = "Warning",
        ["Logging__LogLevel__Grader"] = "Information",
    };

    private static async Task<HttpClient> SignedInAsync(ServiceProcess service, CancellationToken ct)
    {
        var client = new HttpClient { BaseAddress = service.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        var login = await client.PostAsJsonAsync("/api/auth/login", new { email = AdminEmail, password = AdminPassword }, ct);
        login.EnsureSuccessStatusCode();
        var token = (await login.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("accessToken").GetString();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private static async Task<(Guid DossierId, string StatusUrl)> UploadAsync(HttpClient admin, CancellationToken ct)
    {
        var session = await Created(await admin.PostAsJsonAsync("/api/sessions", new { name = "Session reprise", epreuves = new[] { "e2" }, provider = "openai-compatible" }, ct), ct);
        var candidate = await Created(await admin.PostAsJsonAsync($"/api/sessions/{session.GetProperty("id").GetGuid()}/candidates", new { fullName = "Camille Martin" }, ct), ct);
        var upload = await admin.PostAsync(
            $"/api/sessions/{session.GetProperty("id").GetGuid()}/dossiers", DossierForms.SampleUpload(candidate.GetProperty("id").GetGuid()), ct);
        var accepted = await Created(upload, ct);
        return (accepted.GetProperty("dossierId").GetGuid(), accepted.GetProperty("statusUrl").GetString()!);
    }

    private static async Task<JsonElement> Created(HttpResponseMessage response, CancellationToken ct)
    {
        var body = await response.Content.ReadAsStringAsync(ct);
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    private static async Task<JsonElement> PollAsync(HttpClient client, string statusUrl, Func<JsonElement, bool> until, CancellationToken ct)
    {
        var deadline = DateTime.UtcNow + Bound;
        while (DateTime.UtcNow < deadline)
        {
            var status = await client.GetFromJsonAsync<JsonElement>(statusUrl, ct);
            if (until(status))
            {
                return status;
            }

            await Task.Delay(100, ct);
        }

        throw new TimeoutException($"The processing did not reach the expected state within {Bound}.");
    }

    private static bool IsTerminal(JsonElement status) => status.GetProperty("state").GetString() is "Succeeded" or "Failed";

    private async Task AssertStoredOnceAndIntactAsync(Guid dossierId, CancellationToken ct)
    {
        var connection = SqliteConnectionStrings.Resolve(DatabaseOptions.DefaultSqliteConnectionString, _folder);
        await using var db = new SqliteGraderDbContext(new DbContextOptionsBuilder<SqliteGraderDbContext>().UseSqlite(connection).Options);
        Assert.Equal(1, await db.PreAssessments.CountAsync(p => p.DossierId == dossierId, ct));
        var file = Assert.Single(await db.DossierFiles.Where(f => f.DossierId == dossierId).ToListAsync(ct));
        var original = Convert.ToHexStringLower(SHA256.HashData(await File.ReadAllBytesAsync(DossierForms.SamplePdf(), ct)));
        var stored = Convert.ToHexStringLower(SHA256.HashData(await File.ReadAllBytesAsync(Path.Combine(_folder, "data", "files", file.StoragePath), ct)));
        Assert.Equal(original, file.Sha256);
        Assert.Equal(original, stored);
    }
}
