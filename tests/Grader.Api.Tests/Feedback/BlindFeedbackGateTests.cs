using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Grader.Api.Feedback;
using Grader.Api.Identity;
using Grader.Api.Tests.Review;
using Grader.Api.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Grader.Api.Tests.Feedback;

/// <summary>In a blind-first session the AI's feedback draft would give the hidden levels away: jurors get it once every proposal is revealed.</summary>
public sealed class BlindFeedbackGateTests(GraderApiFactory factory) : IClassFixture<GraderApiFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_juror_gets_the_draft_only_after_recording_a_level_for_every_competence()
    {
        var session = await factory.CreateSessionAsync(blindFirst: true);
        var dossierId = await SeedDossierAsync(session);
        using var juror = await factory.ClientForAsync(session.Juror);
        var grid = await juror.GetFromJsonAsync<JsonElement>($"/api/dossiers/{dossierId}/review", Ct);
        var codes = grid.GetProperty("competences").EnumerateArray().Select(c => c.GetProperty("code").GetString()!).ToList();

        var refused = await juror.GetAsync($"/api/dossiers/{dossierId}/feedback/draft", Ct);
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal(BlindFeedbackGate.Code, problem.GetProperty("code").GetString());
        Assert.Contains("Relecture à l’aveugle", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(codes.Count, problem.GetProperty("hidden").GetArrayLength());
        var save = await juror.PutAsJsonAsync($"/api/dossiers/{dossierId}/feedback/draft", new { text = "Texte du jury.", version = 0 }, Ct);
        Assert.Equal(HttpStatusCode.Conflict, save.StatusCode);

        foreach (var code in codes.Skip(1))
        {
            (await juror.PutAsJsonAsync($"/api/dossiers/{dossierId}/decisions/{Uri.EscapeDataString(code)}", new { level = 2, comment = "" }, Ct)).EnsureSuccessStatusCode();
        }

        var stillOne = await (await juror.GetAsync($"/api/dossiers/{dossierId}/feedback/draft", Ct)).Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal(codes[0], Assert.Single(stillOne.GetProperty("hidden").EnumerateArray()).GetString());

        (await juror.PutAsJsonAsync($"/api/dossiers/{dossierId}/decisions/{Uri.EscapeDataString(codes[0])}", new { level = 1, comment = "" }, Ct)).EnsureSuccessStatusCode();
        var draft = await juror.GetAsync($"/api/dossiers/{dossierId}/feedback/draft", Ct);
        Assert.Equal(HttpStatusCode.OK, draft.StatusCode);
        Assert.False(string.IsNullOrWhiteSpace((await draft.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("text").GetString()));
    }

    [Fact]
    public async Task The_pedagogical_team_reads_the_draft_at_any_time_and_sighted_sessions_are_unchanged()
    {
        var blind = await factory.CreateSessionAsync(blindFirst: true);
        var blindDossier = await SeedDossierAsync(blind);
        using var pedagogy = await factory.ClientAsAsync(GraderRoles.Pedagogy);
        Assert.Equal(HttpStatusCode.OK, (await pedagogy.GetAsync($"/api/dossiers/{blindDossier}/feedback/draft", Ct)).StatusCode);

        var sighted = await factory.CreateSessionAsync();
        var sightedDossier = await SeedDossierAsync(sighted);
        using var juror = await factory.ClientForAsync(sighted.Juror);
        Assert.Equal(HttpStatusCode.OK, (await juror.GetAsync($"/api/dossiers/{sightedDossier}/feedback/draft", Ct)).StatusCode);
    }

    private async Task<Guid> SeedDossierAsync(TestSession session) =>
        await factory.WithDbAsync(async db =>
        {
            var s = await db.Sessions.SingleAsync(x => x.Id == session.Id, Ct);
            return (await ReviewTestData.SeedDossierAsync(db, s, session.CandidateId)).Id;
        });
}
