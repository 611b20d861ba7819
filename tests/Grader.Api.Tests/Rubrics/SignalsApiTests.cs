using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Grader.Api.Identity;
using Grader.Api.Tests.Support;
using Grader.Pipeline.Rubrics;
using Grader.Pipeline.Rubrics.Guidelines;
using Grader.Pipeline.Rubrics.Loading;
using Microsoft.EntityFrameworkCore;

namespace Grader.Api.Tests.Rubrics;

/// <summary>The pedagogical team edits a compétence's signals: a new minor version of the référentiel, as the README's manual process.</summary>
public sealed class SignalsApiTests
{
    private const string Rubric = "developpement-commercial";
    private const string Url = $"/api/rubrics/{Rubric}/competences/C.1.1.1/signals";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<(string Version, List<string> Signals)> CurrentAsync(HttpClient client)
    {
        var competence = await client.GetFromJsonAsync<JsonElement>($"/api/rubrics/{Rubric}/competences/C.1.1.1", Ct);
        return (competence.GetProperty("rubricVersion").GetString()!,
            competence.GetProperty("competence").GetProperty("signals").EnumerateArray().Select(s => s.GetString()!).ToList());
    }

    private static string NextMinor(string version) => GuidelinesVersion.TryParse(version, out var v) ? v.NextMinor().ToString() : throw new InvalidOperationException(version);

    [Fact]
    public async Task Publishing_writes_the_next_minor_version_records_it_archives_the_previous_one_and_audits()
    {
        var root = RubricsCopy.Create();
        var folder = Path.Combine(root, Rubric);
        await using var factory = new GraderApiFactory().With("Grader:Rubrics:Path", root);
        using var pedagogy = await factory.ClientAsAsync(GraderRoles.Pedagogy);
        var (version, signals) = await CurrentAsync(pedagogy);
        var next = NextMinor(version);
        using var admin = await factory.ClientAsAsync(GraderRoles.Administrator);
        var earlier = await (await admin.PostAsJsonAsync("/api/sessions", new { name = "Session d’avant" }, Ct)).Content.ReadFromJsonAsync<JsonElement>(Ct);
        var bloc = await File.ReadAllTextAsync(Path.Combine(folder, "bloc-1.yaml"), Ct);
        var lockBefore = await File.ReadAllTextAsync(Path.Combine(folder, "rubric.lock"), Ct);

        var response = await pedagogy.PutAsJsonAsync(Url, new { baseVersion = version, signals = signals.Append("l’offre « phare »").Append("  veille d'image  ").ToList() }, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var published = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal(next, published.GetProperty("version").GetString());
        Assert.Equal(version, published.GetProperty("previousVersion").GetString());
        Assert.Equal([.. signals, "l’offre « phare »", "veille d'image"],
            published.GetProperty("competence").GetProperty("competence").GetProperty("signals").EnumerateArray().Select(s => s.GetString()));

        // On disk: the new version is in force and recorded; the bloc file changed only by the two new lines.
        var reloaded = RubricLoader.LoadValid(folder);
        Assert.Equal(next, reloaded.Version);
        Assert.Equal(lockBefore + $"{next} {RubricFingerprint.Compute(reloaded)}\n", await File.ReadAllTextAsync(Path.Combine(folder, "rubric.lock"), Ct));
        var newBloc = await File.ReadAllTextAsync(Path.Combine(folder, "bloc-1.yaml"), Ct);
        Assert.Equal(["          - \"l’offre « phare »\"", "          - \"veille d'image\""], newBloc.Split('\n').Except(bloc.Split('\n')));
        Assert.Empty(bloc.Split('\n').Except(newBloc.Split('\n')));

        // The previous version is kept whole, and still validates as itself.
        var archive = Path.Combine(folder, "versions", version);
        Assert.Equal(bloc, await File.ReadAllTextAsync(Path.Combine(archive, "bloc-1.yaml"), Ct));
        Assert.Equal(version, RubricLoader.LoadValid(archive).Version);

        // The cache was invalidated: readers (and the next evaluation) get the new version at once.
        var (after, afterSignals) = await CurrentAsync(pedagogy);
        Assert.Equal(next, after);
        Assert.Contains("l’offre « phare »", afterSignals);
        var list = await pedagogy.GetFromJsonAsync<JsonElement>("/api/rubrics", Ct);
        var listed = Assert.Single(list.EnumerateArray());
        Assert.Equal((Rubric, next), (listed.GetProperty("id").GetString(), listed.GetProperty("version").GetString()));

        // A session keeps the version in force at its creation as a record; a new session records the new one.
        var later = await (await admin.PostAsJsonAsync("/api/sessions", new { name = "Session d’après" }, Ct)).Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal(next, later.GetProperty("rubricVersion").GetString());
        var kept = await admin.GetFromJsonAsync<JsonElement>($"/api/sessions/{earlier.GetProperty("id").GetGuid()}", Ct);
        Assert.Equal(version, kept.GetProperty("rubricVersion").GetString());

        var audited = Assert.Single(await factory.WithDbAsync(db => db.AuditEntries.Where(e => e.Action == "rubric.signals.changed").ToListAsync(Ct)));
        Assert.Equal(("rubric", Rubric), (audited.EntityType, audited.EntityId));
        Assert.Contains($"\"{version}\"", audited.Payload, StringComparison.Ordinal);
        Assert.Contains($"\"{next}\"", audited.Payload, StringComparison.Ordinal);
        Assert.Contains("c-1-1-1", audited.Payload, StringComparison.Ordinal);

        // An administrator may publish too, from the version now in force.
        var again = await admin.PutAsJsonAsync(Url, new { baseVersion = next, signals = signals }, Ct);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(NextMinor(next), (await again.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("version").GetString());
        Assert.True(Directory.Exists(Path.Combine(folder, "versions", next)));
    }

    [Fact]
    public async Task Invalid_stale_or_unchanged_edits_are_refused_in_french_and_write_nothing()
    {
        var root = RubricsCopy.Create();
        await using var factory = new GraderApiFactory().With("Grader:Rubrics:Path", root);
        using var pedagogy = await factory.ClientAsAsync(GraderRoles.Pedagogy);
        var (version, signals) = await CurrentAsync(pedagogy);
        var before = RubricsCopy.Snapshot(root);

        var invalid = await pedagogy.PutAsJsonAsync(Url, new { baseVersion = version, signals = new[] { "Étude de marché", " ", new string('x', 81), "etude de MARCHE" } }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        var problem = await invalid.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal("invalid-signals", problem.GetProperty("code").GetString());
        var errors = problem.GetProperty("errors");
        Assert.Equal(["signals[1]", "signals[2]", "signals[3]"], errors.EnumerateObject().Select(p => p.Name));
        Assert.Contains("le texte est vide", errors.GetProperty("signals[1]")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("80 au plus", errors.GetProperty("signals[2]")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("répète le signal 1", errors.GetProperty("signals[3]")[0].GetString(), StringComparison.Ordinal);

        var tooMany = await pedagogy.PutAsJsonAsync(Url, new { baseVersion = version, signals = Enumerable.Range(1, 41).Select(i => $"signal {i}") }, Ct);
        Assert.Contains("40 au plus", (await tooMany.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("errors").GetProperty("signals")[0].GetString(), StringComparison.Ordinal);

        var stale = await pedagogy.PutAsJsonAsync(Url, new { baseVersion = "0.9.0", signals = new[] { "nouveau signal" } }, Ct);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var conflict = await stale.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal("rubric-changed", conflict.GetProperty("code").GetString());
        Assert.Equal(version, conflict.GetProperty("currentVersion").GetString());
        Assert.Contains($"la version en vigueur est la {version}", conflict.GetProperty("detail").GetString(), StringComparison.Ordinal);

        var unchanged = await pedagogy.PutAsJsonAsync(Url, new { baseVersion = version, signals }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, unchanged.StatusCode);
        Assert.Contains("n’ont pas changé", (await unchanged.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("detail").GetString(), StringComparison.Ordinal);

        var unknown = await pedagogy.PutAsJsonAsync($"/api/rubrics/{Rubric}/competences/C.9.9.9/signals", new { baseVersion = version, signals = new[] { "x" } }, Ct);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Contains("C.9.9.9", (await unknown.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("detail").GetString(), StringComparison.Ordinal);

        using var juror = await factory.ClientAsAsync(GraderRoles.Juror);
        Assert.Equal(HttpStatusCode.Forbidden, (await juror.PutAsJsonAsync(Url, new { baseVersion = version, signals = new[] { "x" } }, Ct)).StatusCode);

        Assert.Equal(before, RubricsCopy.Snapshot(root));
        Assert.Equal(0, await factory.WithDbAsync(db => db.AuditEntries.CountAsync(e => e.Action == "rubric.signals.changed", Ct)));
    }

    [Fact]
    public async Task Two_pedagogues_publishing_from_the_same_version_at_once_get_one_version_and_one_conflict()
    {
        var root = RubricsCopy.Create();
        await using var factory = new GraderApiFactory().With("Grader:Rubrics:Path", root);
        using var first = await factory.ClientAsAsync(GraderRoles.Pedagogy);
        using var second = await factory.ClientAsAsync(GraderRoles.Pedagogy);
        var (version, signals) = await CurrentAsync(first);

        var responses = await Task.WhenAll(
            first.PutAsJsonAsync(Url, new { baseVersion = version, signals = signals.Append("premier").ToList() }, Ct),
            second.PutAsJsonAsync(Url, new { baseVersion = version, signals = signals.Append("second").ToList() }, Ct));

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Conflict], responses.Select(r => r.StatusCode).Order());
        var locked = RubricVersionLock.Read(Path.Combine(root, Rubric));
        Assert.True(locked.ContainsKey(NextMinor(version)));
        Assert.False(locked.ContainsKey(NextMinor(NextMinor(version))));
        Assert.True(RubricLoader.Load(Path.Combine(root, Rubric)).IsValid);
    }
}
