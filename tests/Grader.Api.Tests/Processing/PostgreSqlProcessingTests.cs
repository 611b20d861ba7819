using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Grader.Api.Processing;
using Grader.Api.Tests.Dossiers;
using Grader.Api.Tests.Persistence;
using Grader.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace Grader.Api.Tests.Processing;

/// <summary>
/// Processing on PostgreSQL: Hangfire.PostgreSql in its own schema of the service's database, and the row claim that keeps
/// two instances from processing one dossier. Each test gets its own database; skipped, with the reason, without
/// <c>GRADER_TEST_POSTGRES</c>.
/// </summary>
[Collection(HangfireAloneCollection.Name)]
public sealed class PostgreSqlProcessingTests
{
    [Fact]
    public async Task An_upload_is_processed_by_hangfire_on_postgresql()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await PostgreSqlTestDatabase.CreateAsync();
        using var factory = new ProcessingApiFactory { Logs = new Infrastructure.CapturingLoggerProvider() };
        factory.With("Grader:Database:Provider", database.Provider).With("Grader:Database:ConnectionString", database.ConnectionString);
        var session = await factory.CreateSessionAsync();
        await AssertFingerprintColumnFitsAsync(database.ConnectionString);
        var client = await factory.ClientForAsync(session.CandidateUser);

        var response = await client.PostAsync($"/api/sessions/{session.Id}/dossiers", DossierForms.SampleUpload(null), ct);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var accepted = await response.Content.ReadFromJsonAsync<JsonElement>(ct);
        var dossierId = accepted.GetProperty("dossierId").GetGuid();

        var deadline = DateTime.UtcNow.AddSeconds(90);
        JsonElement status;
        do
        {
            await Task.Delay(200, ct);
            status = await client.GetFromJsonAsync<JsonElement>(accepted.GetProperty("statusUrl").GetString(), ct);
        }
        while (status.GetProperty("state").GetString() is not ("Succeeded" or "Failed") && DateTime.UtcNow < deadline);

        Assert.True(status.GetProperty("state").GetString() == "Succeeded", status + "\n" + factory.LogText());
        Assert.Equal(1, await factory.WithDbAsync(db => db.PreAssessments.CountAsync(p => p.DossierId == dossierId, ct)));
        var backgroundJobId = await factory.WithDbAsync(db => db.ProcessingJobs.Where(j => j.DossierId == dossierId).Select(j => j.BackgroundJobId).SingleAsync(ct));
        Assert.Equal(1L, await ScalarAsync(database.ConnectionString, $"SELECT count(*) FROM hangfire.job WHERE id = {long.Parse(backgroundJobId!)}"));
    }

    [Fact]
    public async Task Of_two_workers_claiming_one_row_only_one_gets_it()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await PostgreSqlTestDatabase.CreateAsync();
        using var factory = new ProcessingApiFactory();
        factory.With("Grader:Database:Provider", database.Provider).With("Grader:Database:ConnectionString", database.ConnectionString);
        var session = await factory.CreateSessionAsync();
        var jobId = await factory.WithDbAsync(async db =>
        {
            var dossier = new Dossier { SessionId = session.Id, CandidateId = session.CandidateId, Epreuve = "e2", ContentHash = new string('0', 64) };
            var job = new ProcessingJob { DossierId = dossier.Id };
            db.AddRange(dossier, job);
            await db.SaveChangesAsync(ct);
            return job.Id;
        });
        var scopes = factory.Services.GetRequiredService<IServiceScopeFactory>();

        // Both read the row queued and race for it; the loser then sees a live holder and waits until it gives up.
        using var loserPatience = CancellationTokenSource.CreateLinkedTokenSource(ct);
        loserPatience.CancelAfter(TimeSpan.FromSeconds(2));
        var claims = Enumerable.Range(0, 2).Select(_ => Task.Run(async () =>
        {
            try
            {
                return await ProcessingLease.AcquireAsync(scopes, TimeProvider.System, jobId, TimeSpan.FromMinutes(1), TimeSpan.FromMilliseconds(100), NullLogger.Instance, loserPatience.Token);
            }
            catch (OperationCanceledException)
            {
                return null;
            }
        }, ct)).ToList();
        var results = await Task.WhenAll(claims);

        var winner = Assert.Single(results, r => r is not null);
        Assert.Equal(1, winner!.Attempt);
        var row = await factory.WithDbAsync(db => db.ProcessingJobs.AsNoTracking().SingleAsync(j => j.Id == jobId, ct));
        Assert.Equal((ProcessingState.Running, 1), (row.State, row.Attempts));
    }

    // The rubric fingerprint is "sha256:" + 64 hex digits (71 characters); the schema on main gives the column 64, which
    // only PostgreSQL enforces. The fix is a Grader.Persistence migration (outside this branch); the test runs once it lands.
    // A rubric fingerprint is « sha256: » and 64 hex digits; a shorter column made PostgreSQL refuse every pre-assessment.
    private static async Task AssertFingerprintColumnFitsAsync(string connectionString)
    {
        var length = await ScalarAsync(connectionString,
            "SELECT coalesce(max(character_maximum_length), 1000) FROM information_schema.columns WHERE table_name = 'pre_assessments' AND column_name = 'RubricFingerprint'");
        Assert.True(length >= 71, $"pre_assessments.RubricFingerprint holds {length} characters; a fingerprint has 71.");
    }

    private static async Task<long> ScalarAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
