using System.IO.Compression;
using System.Net;
using System.Text;
using System.Text.Json;
using Grader.Api.Identity;
using Microsoft.EntityFrameworkCore;

namespace Grader.Api.Tests.DataRights;

public sealed class CandidateExportTests(DataRightsFactory factory) : IClassFixture<DataRightsFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_export_holds_identity_enrolments_files_pre_assessments_decisions_grid_feedback_and_journal()
    {
        var seeded = await CandidateRecordSeed.SeedAsync(factory, Ct);
        var admin = await factory.ClientAsAsync(GraderRoles.Administrator);

        var response = await admin.GetAsync($"/api/candidates/{seeded.CandidateId}/export", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/zip", response.Content.Headers.ContentType?.MediaType);
        using var zip = new ZipArchive(new MemoryStream(await response.Content.ReadAsByteArrayAsync(Ct)), ZipArchiveMode.Read);
        var folder = $"dossiers/{seeded.DossierId}";

        Assert.Contains("droit d’accès", Read(zip, "LISEZMOI.txt"), StringComparison.Ordinal);

        var candidate = Json(zip, "candidat.json");
        Assert.Equal("Camille Martin", candidate.GetProperty("fullName").GetString());
        Assert.StartsWith("cand-", candidate.GetProperty("pseudonymousId").GetString(), StringComparison.Ordinal);
        Assert.Equal(seeded.Session.Id, candidate.GetProperty("enrolments")[0].GetProperty("sessionId").GetGuid());
        Assert.Equal(seeded.Session.CandidateUser.Email, candidate.GetProperty("account").GetProperty("email").GetString());

        var dossier = Json(zip, $"{folder}/dossier.json");
        Assert.Equal("e2", dossier.GetProperty("epreuve").GetString());
        Assert.Equal("finalised", dossier.GetProperty("status").GetString());
        foreach (var file in dossier.GetProperty("files").EnumerateArray())
        {
            var stored = seeded.Files.Single(f => f.Name == file.GetProperty("name").GetString());
            Assert.Equal(stored.Bytes, ReadBytes(zip, file.GetProperty("archivePath").GetString()!));
        }

        Assert.Equal(2, dossier.GetProperty("files").GetArrayLength());
        Assert.Equal(seeded.PreAssessmentJson, Read(zip, $"{folder}/pre-evaluations/{seeded.PreAssessmentId}.json"));
        Assert.Equal("Analyse solide.", Json(zip, $"{folder}/decisions.json")[0].GetProperty("comment").GetString());
        var grid = Json(zip, $"{folder}/grille-finale.json");
        Assert.Equal("acquis", grid.GetProperty("blocDecision").GetString());
        Assert.Equal("Le jury retient l’oral.", grid.GetProperty("decisionReason").GetString());
        Assert.Equal("Erreur de saisie", grid.GetProperty("reopenings")[0].GetProperty("reason").GetString());
        var feedback = Json(zip, $"{folder}/retours.json");
        Assert.Equal("Brouillon : précisez vos indicateurs.", feedback.GetProperty("draft").GetProperty("text").GetString());
        Assert.Equal("Retour diffusé : précisez vos indicateurs.", feedback.GetProperty("releases")[0].GetProperty("text").GetString());

        var actions = Json(zip, "journal.json").EnumerateArray().Select(e => e.GetProperty("action").GetString()).ToList();
        Assert.Contains("dossier.uploaded", actions);
        Assert.Contains("decision.recorded", actions);
        Assert.True(await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.CandidateId == seeded.CandidateId && a.Action == "candidate.exported", Ct)));
    }

    [Fact]
    public async Task A_candidate_exports_their_own_record_and_no_one_else_s()
    {
        var mine = await CandidateRecordSeed.SeedAsync(factory, Ct);
        var other = await CandidateRecordSeed.SeedAsync(factory, Ct);
        var candidate = await factory.ClientForAsync(mine.Session.CandidateUser);

        var own = await candidate.GetAsync($"/api/candidates/{mine.CandidateId}/export", Ct);
        var foreign = await candidate.GetAsync($"/api/candidates/{other.CandidateId}/export", Ct);

        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        using var zip = new ZipArchive(await own.Content.ReadAsStreamAsync(Ct), ZipArchiveMode.Read);
        Assert.DoesNotContain(zip.Entries, e => e.FullName.Contains(other.DossierId.ToString(), StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        Assert.Contains("introuvable", (await foreign.Content.ReadAsStringAsync(Ct)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Jurors_and_the_pedagogical_team_may_not_export_and_an_unknown_candidate_is_404()
    {
        var seeded = await CandidateRecordSeed.SeedAsync(factory, Ct);
        var juror = await factory.ClientForAsync(seeded.Session.Juror);
        var pedagogy = await factory.ClientAsAsync(GraderRoles.Pedagogy);
        var admin = await factory.ClientAsAsync(GraderRoles.Administrator);

        Assert.Equal(HttpStatusCode.Forbidden, (await juror.GetAsync($"/api/candidates/{seeded.CandidateId}/export", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await pedagogy.GetAsync($"/api/candidates/{seeded.CandidateId}/export", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/api/candidates/{Guid.NewGuid()}/export", Ct)).StatusCode);
    }

    private static string Read(ZipArchive zip, string path) => Encoding.UTF8.GetString(ReadBytes(zip, path));

    private static byte[] ReadBytes(ZipArchive zip, string path)
    {
        var entry = zip.GetEntry(path) ?? throw new Xunit.Sdk.XunitException($"« {path} » manque dans l’archive : {string.Join(", ", zip.Entries.Select(e => e.FullName))}");
        using var stream = entry.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    private static JsonElement Json(ZipArchive zip, string path) => JsonDocument.Parse(ReadBytes(zip, path)).RootElement;
}
