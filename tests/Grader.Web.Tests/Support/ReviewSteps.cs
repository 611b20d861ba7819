using System.Net.Http.Json;
using System.Text.Json;

namespace Grader.Web.Tests.Support;

/// <summary>The steps before a browser test of the review page: a session of its own with a processed dossier, levels recorded through the API.</summary>
public static class ReviewSteps
{
    /// <summary>A new session (its own juror and candidate) whose sample dossier has been pre-assessed.</summary>
    public static async Task<(TestSession Session, Guid Dossier)> ProcessedDossierAsync(this WebFixture web, string sessionName, bool blindFirst = false)
    {
        var session = await web.App.CreateSessionAsync($"{sessionName} {Guid.NewGuid().ToString("N")[..6]}", blindFirst);
        var dossier = await web.UploadSampleAsync(session);
        await web.WaitProcessedAsync(session.CandidateUser, dossier);
        return (session, dossier);
    }

    /// <summary>Records the same level for every compétence of the grid, as the juror, and returns the grid's codes.</summary>
    public static async Task<IReadOnlyList<string>> DecideEveryCompetenceAsync(HttpClient juror, Guid dossier, int level, CancellationToken ct)
    {
        var grid = await juror.GetFromJsonAsync<JsonElement>($"/api/dossiers/{dossier}/review", ct);
        var codes = grid.GetProperty("competences").EnumerateArray().Select(c => c.GetProperty("code").GetString()!).ToList();
        foreach (var code in codes)
        {
            (await juror.PutAsJsonAsync($"/api/dossiers/{dossier}/decisions/{Uri.EscapeDataString(code)}", new { level, comment = "", version = 0 }, ct)).EnsureSuccessStatusCode();
        }

        return codes;
    }
}
