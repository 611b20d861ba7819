using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Grader.Api.Identity;
using Grader.Api.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Grader.Api.Tests.Rubrics;

/// <summary>The pedagogical team publishes guidelines versions through the API; files are never rewritten; candidates never see them.</summary>
public sealed class GuidelinesApiTests
{
    private const string Url = "/api/rubrics/developpement-commercial/guidelines";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static object Body(string? baseVersion, string excerpt = "Nous ferons des salons.", int level = 1, string competence = "C.2.1.1") => new
    {
        baseVersion,
        competences = new object[]
        {
            new { competence, guidelines = "Chaque action se rattache à un objectif chiffré.", anchors = new[] { new { level, excerpt, note = "Aucun objectif." } } },
        },
    };

    [Fact]
    public async Task Publishing_writes_the_next_minor_version_as_a_new_file_and_audits_it()
    {
        var folder = Directory.CreateTempSubdirectory("grader-guidelines-").FullName;
        await using var factory = new GraderApiFactory().With("Grader:Guidelines:Directory", folder);
        using var pedagogy = await factory.ClientAsAsync(GraderRoles.Pedagogy);
        var files = Path.Combine(folder, "developpement-commercial", "guidelines");

        var empty = await pedagogy.GetFromJsonAsync<JsonElement>(Url, Ct);
        Assert.Equal(JsonValueKind.Null, empty.GetProperty("version").ValueKind);
        Assert.Empty(empty.GetProperty("competences").EnumerateArray());

        var first = await pedagogy.PutAsJsonAsync(Url, Body(null), Ct);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal("1.0.0", (await first.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("version").GetString());
        var firstFile = Path.Combine(files, "1.0.0.yaml");
        var firstText = await File.ReadAllTextAsync(firstFile, Ct);
        Assert.Contains("Nous ferons des salons.", firstText, StringComparison.Ordinal);

        var second = await pedagogy.PutAsJsonAsync(Url, Body("1.0.0", "Nous ferons deux salons en mars.", level: 2), Ct);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        var published = await second.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal("1.1.0", published.GetProperty("version").GetString());
        Assert.Equal(["1.0.0", "1.1.0"], published.GetProperty("versions").EnumerateArray().Select(v => v.GetString()));
        var competence = Assert.Single(published.GetProperty("competences").EnumerateArray());
        Assert.Equal("c-2-1-1", competence.GetProperty("competenceId").GetString());
        Assert.Equal("C.2.1.1.", competence.GetProperty("sourceCode").GetString());
        Assert.Equal("acquis", Assert.Single(competence.GetProperty("anchors").EnumerateArray()).GetProperty("levelLabel").GetString());
        Assert.Equal(firstText, await File.ReadAllTextAsync(firstFile, Ct));
        Assert.True(File.Exists(Path.Combine(files, "1.1.0.yaml")));

        var audited = await factory.WithDbAsync(db => db.AuditEntries.Where(e => e.Action == "guidelines.changed").OrderBy(e => e.Sequence).ToListAsync(Ct));
        Assert.Equal(2, audited.Count);
        Assert.All(audited, e => Assert.Equal(("guidelines", "developpement-commercial"), (e.EntityType, e.EntityId)));
        Assert.Contains("\"1.1.0\"", audited[1].Payload, StringComparison.Ordinal);
        Assert.Contains("\"1.0.0\"", audited[1].Payload, StringComparison.Ordinal);

        var current = await pedagogy.GetFromJsonAsync<JsonElement>(Url, Ct);
        Assert.Equal(published.GetProperty("fingerprint").GetString(), current.GetProperty("fingerprint").GetString());
    }

    [Fact]
    public async Task Stale_or_invalid_edits_are_refused_in_french_and_write_nothing_and_candidates_never_read()
    {
        var folder = Directory.CreateTempSubdirectory("grader-guidelines-").FullName;
        await using var factory = new GraderApiFactory().With("Grader:Guidelines:Directory", folder);
        using var pedagogy = await factory.ClientAsAsync(GraderRoles.Pedagogy);
        Assert.Equal(HttpStatusCode.OK, (await pedagogy.PutAsJsonAsync(Url, Body(null), Ct)).StatusCode);

        var stale = await pedagogy.PutAsJsonAsync(Url, Body(null), Ct);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var conflict = await stale.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal("guidelines-changed", conflict.GetProperty("code").GetString());
        Assert.Contains("la version en vigueur est la 1.0.0", conflict.GetProperty("detail").GetString(), StringComparison.Ordinal);

        var invalid = await pedagogy.PutAsJsonAsync(Url, Body("1.0.0", new string('x', 601), level: 7, competence: "C.9.9.9"), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        var problem = await invalid.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal("invalid-guidelines", problem.GetProperty("code").GetString());
        Assert.Equal(
            [
                "competences[0] : compétence « C.9.9.9 » inconnue du référentiel developpement-commercial (codes acceptés : C.2.2.4, C2.2.4 ou l’identifiant c-2-2-4).",
                "competences[0].anchors[0] : niveau 7 hors de l’échelle du référentiel (niveaux possibles : 0, 1, 2, 3).",
                "competences[0].anchors[0] : extrait trop long : 601 caractères, 600 au plus.",
            ],
            problem.GetProperty("errors").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(["1.0.0.yaml"], Directory.GetFiles(Path.Combine(folder, "developpement-commercial", "guidelines")).Select(Path.GetFileName));

        using var candidate = await factory.ClientAsAsync(GraderRoles.Candidate);
        Assert.Equal(HttpStatusCode.Forbidden, (await candidate.GetAsync(Url, Ct)).StatusCode);
        using var juror = await factory.ClientAsAsync(GraderRoles.Juror);
        Assert.Equal(HttpStatusCode.OK, (await juror.GetAsync(Url, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await juror.PutAsJsonAsync(Url, Body("1.0.0"), Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await pedagogy.GetAsync("/api/rubrics/inconnu/guidelines", Ct)).StatusCode);
    }

    [Fact]
    public async Task A_folder_that_cannot_be_written_is_a_french_conflict()
    {
        // A file where the folder should be: no directory can be created under it, whoever runs the tests.
        var blocked = Path.Combine(Directory.CreateTempSubdirectory("grader-guidelines-").FullName, "lecture-seule");
        await File.WriteAllTextAsync(blocked, "", Ct);
        await using var factory = new GraderApiFactory().With("Grader:Guidelines:Directory", blocked);
        using var pedagogy = await factory.ClientAsAsync(GraderRoles.Pedagogy);

        var response = await pedagogy.PutAsJsonAsync(Url, Body(null), Ct);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal("guidelines-read-only", problem.GetProperty("code").GetString());
        Assert.Contains("Grader:Guidelines:Directory", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }
}
