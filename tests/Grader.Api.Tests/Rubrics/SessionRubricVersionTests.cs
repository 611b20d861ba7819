using System.Net.Http.Json;
using System.Text.Json;
using Grader.Api.Identity;
using Grader.Api.Rubrics;
using Grader.Api.Tests.Dossiers;
using Grader.Api.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Grader.Api.Tests.Rubrics;

/// <summary>
/// Every candidate of a session is evaluated against the same référentiel: a version published during the session
/// applies to new sessions, and to this one only when an administrator moves it forward.
/// </summary>
public sealed class SessionRubricVersionTests
{
    private const string Rubric = "developpement-commercial";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_session_keeps_its_version_after_a_publication_until_an_administrator_moves_it_forward()
    {
        var root = RubricsCopy.Create();
        await using var factory = new ProcessingApiFactory().With("Grader:Rubrics:Path", root);
        var session = await factory.CreateSessionAsync();
        using var pedagogy = await factory.ClientAsAsync(GraderRoles.Pedagogy);
        var competence = await pedagogy.GetFromJsonAsync<JsonElement>($"/api/rubrics/{Rubric}/competences/C.2.1.1", Ct);
        var pinned = competence.GetProperty("rubricVersion").GetString()!;
        var signals = competence.GetProperty("competence").GetProperty("signals").EnumerateArray().Select(s => s.GetString()!).ToList();

        var published = await pedagogy.PutAsJsonAsync($"/api/rubrics/{Rubric}/competences/C.2.1.1/signals",
            new { baseVersion = pinned, signals = signals.Append("tableau de bord commercial").ToList() }, Ct);
        published.EnsureSuccessStatusCode();
        var current = (await published.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("version").GetString()!;
        Assert.NotEqual(pinned, current);

        // The session still reads its own version, from the archive: the old signals, not the new one.
        var store = factory.Services.GetRequiredService<RubricStore>();
        var entity = await factory.WithDbAsync(db => db.Sessions.AsNoTracking().SingleAsync(s => s.Id == session.Id, Ct));
        var forSession = store.ForSession(entity);
        Assert.Equal(pinned, forSession.Rubric.Version);
        Assert.DoesNotContain("tableau de bord commercial", forSession.GetCompetence("C.2.1.1").Competence.Signals);
        Assert.Contains("tableau de bord commercial", store.Get(Rubric).GetCompetence("C.2.1.1").Competence.Signals);

        // A dossier uploaded now is evaluated against the session's version.
        Assert.Equal(pinned, await UploadAndProcessAsync(factory, session));

        // The administrator moves the session forward; the next dossier uses the version in force.
        using var admin = await factory.ClientAsAsync(GraderRoles.Administrator);
        var settings = await admin.GetFromJsonAsync<JsonElement>($"/api/sessions/{session.Id}", Ct);
        var moved = await admin.PutAsJsonAsync($"/api/sessions/{session.Id}", new
        {
            name = settings.GetProperty("name").GetString(),
            closesAt = (DateTimeOffset?)null,
            retentionDays = settings.GetProperty("retentionDays").GetInt32(),
            blindFirstReview = settings.GetProperty("blindFirstReview").GetBoolean(),
            releasePolicy = settings.GetProperty("releasePolicy").GetString(),
            mode = settings.GetProperty("mode").GetString(),
            moveToCurrentRubricVersion = true,
        }, Ct);
        moved.EnsureSuccessStatusCode();
        Assert.Equal(current, (await moved.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("rubricVersion").GetString());
        Assert.Equal(current, await UploadAndProcessAsync(factory, session));
    }

    /// <summary>Uploads the sample as the session's candidate and returns the référentiel version its pre-assessment recorded.</summary>
    private static async Task<string> UploadAndProcessAsync(GraderApiFactory factory, TestSession session)
    {
        using var candidate = await factory.ClientForAsync(session.CandidateUser);
        var accepted = await (await candidate.PostAsync($"/api/sessions/{session.Id}/dossiers", DossierForms.SampleUpload(null), Ct))
            .EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonElement>(Ct);
        var dossierId = accepted.GetProperty("dossierId").GetGuid();
        var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(2);
        while (DateTime.UtcNow < deadline)
        {
            var status = await candidate.GetFromJsonAsync<JsonElement>(accepted.GetProperty("statusUrl").GetString()!, Ct);
            var state = status.GetProperty("state").GetString();
            if (state == "Failed")
            {
                throw new InvalidOperationException("Processing failed: " + status);
            }

            if (state == "Succeeded")
            {
                return await factory.WithDbAsync(db => db.PreAssessments.Where(p => p.DossierId == dossierId).Select(p => p.RubricVersion).SingleAsync(Ct));
            }

            await Task.Delay(200, Ct);
        }

        throw new TimeoutException("The processing did not end within 2 minutes.");
    }
}
