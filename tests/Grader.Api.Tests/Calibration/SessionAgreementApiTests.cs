using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Grader.Api.Identity;
using Grader.Api.Tests.Review;
using Grader.Api.Tests.Support;
using Grader.Persistence.Entities;
using Microsoft.EntityFrameworkCore;

namespace Grader.Api.Tests.Calibration;

/// <summary>
/// A blind-first session on real SQLite: two finalised E2 dossiers (AI proposes 2 everywhere), one never finalised and one
/// reopened, which must not count. Jurors disagree twice; one juror moved from a blind 1 to the AI's 2.
/// </summary>
public sealed class SessionAgreementFixture : IAsyncLifetime
{
    private TestUser _secondJuror = null!;

    public GraderApiFactory Factory { get; } = new();
    public TestSession Session { get; private set; } = null!;
    public Guid First { get; private set; }
    public Guid Second { get; private set; }

    public async ValueTask InitializeAsync()
    {
        Session = await Factory.CreateSessionAsync(blindFirst: true);
        _secondJuror = await Factory.CreateUserAsync(GraderRoles.Juror, "Dominique Leroy");
        (First, Second) = await Factory.WithDbAsync(async db =>
        {
            var session = await db.Sessions.SingleAsync(s => s.Id == Session.Id);
            var first = await ReviewTestData.SeedDossierAsync(db, session, Session.CandidateId);
            var second = await ReviewTestData.SeedDossierAsync(db, session);
            var notFinal = await ReviewTestData.SeedDossierAsync(db, session);
            var reopened = await ReviewTestData.SeedDossierAsync(db, session);

            Decide(db, first.Id, Session.Juror.Id, code => code switch
            {
                "C.2.2.1." => (1, 1, "Cible trop vague."),
                "C.2.1.1." => (2, 1, "Revu après lecture de la proposition."),
                _ => (2, 2, ""),
            });
            Decide(db, second.Id, _secondJuror.Id, code => code == "C.2.1.1." ? (3, null, "Plan remarquable, budget détaillé.") : (2, null, ""));
            Decide(db, notFinal.Id, Session.Juror.Id, _ => (0, 0, "Pas encore finalisé."));
            Decide(db, reopened.Id, Session.Juror.Id, _ => (0, 0, "Rouvert."));
            db.FinalGrids.AddRange(
                new FinalGrid { DossierId = first.Id, FinalisedBy = Session.Juror.Id, BlocDecision = "acquis" },
                new FinalGrid { DossierId = second.Id, FinalisedBy = _secondJuror.Id, BlocDecision = "acquis" },
                new FinalGrid { DossierId = reopened.Id, FinalisedBy = Session.Juror.Id, BlocDecision = "acquis", IsFinal = false });
            await db.SaveChangesAsync();
            return (first.Id, second.Id);
        });
    }

    public async ValueTask DisposeAsync() => await Factory.DisposeAsync();

    private static void Decide(Grader.Persistence.GraderDbContext db, Guid dossierId, string juror, Func<string, (int Level, int? Blind, string Comment)> levels)
    {
        foreach (var competence in ReviewTestData.Competences())
        {
            var (level, blind, comment) = levels(competence.SourceCode);
            db.Decisions.Add(new JurorDecision
            {
                DossierId = dossierId,
                CriterionCode = competence.SourceCode,
                Level = level,
                BlindLevel = blind,
                Comment = comment,
                AuthorUserId = juror,
            });
        }
    }
}

public sealed class SessionAgreementApiTests(SessionAgreementFixture fixture) : IClassFixture<SessionAgreementFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private GraderApiFactory Factory => fixture.Factory;
    private TestSession Session => fixture.Session;
    private Guid First => fixture.First;
    private Guid Second => fixture.Second;

    [Fact]
    public async Task Agreement_counts_finalised_dossiers_only_and_lists_every_disagreement_with_its_review_link()
    {
        using var pedagogy = await Factory.ClientAsAsync(GraderRoles.Pedagogy);

        var response = await pedagogy.GetAsync($"/api/sessions/{Session.Id}/agreement", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal(2, body.GetProperty("finalisedDossiers").GetInt32());
        Assert.Equal(14, body.GetProperty("decisions").GetInt32());
        Assert.Equal(0, body.GetProperty("excluded").GetInt32());
        var overall = body.GetProperty("overall");
        Assert.Equal(14, overall.GetProperty("pairs").GetInt32());
        Assert.Equal(12.0 / 14, overall.GetProperty("exactAgreement").GetDouble(), 10);
        Assert.Equal(1.0, overall.GetProperty("adjacentAgreement").GetDouble());
        Assert.Equal(2.0 / 14, overall.GetProperty("meanAbsoluteError").GetDouble(), 10);
        Assert.Equal(JsonValueKind.Array, overall.GetProperty("confusion").GetProperty("counts").ValueKind);

        var criteria = body.GetProperty("criteria").EnumerateArray().ToList();
        Assert.Equal(ReviewTestData.Competences().Select(c => c.SourceCode), criteria.Select(c => c.GetProperty("competence").GetString()));
        var targeting = criteria.Single(c => c.GetProperty("competence").GetString() == "C.2.2.1.");
        Assert.Equal(0.5, targeting.GetProperty("metrics").GetProperty("exactAgreement").GetDouble());

        var jurors = body.GetProperty("jurors").EnumerateArray().ToList();
        Assert.Equal(2, jurors.Count);
        Assert.Contains(jurors, j => j.GetProperty("jurorName").GetString() == "Dominique Leroy" && j.GetProperty("metrics").GetProperty("pairs").GetInt32() == 7);

        var disagreements = body.GetProperty("disagreements").EnumerateArray()
            .Select(d => (Dossier: d.GetProperty("dossierId").GetGuid(), Code: d.GetProperty("competence").GetString(), Ai: d.GetProperty("aiLevel").GetInt32(),
                Jury: d.GetProperty("juryLevel").GetInt32(), Comment: d.GetProperty("comment").GetString(), Url: d.GetProperty("reviewUrl").GetString(),
                Candidate: d.GetProperty("candidateId").GetString()))
            .OrderBy(d => d.Code, StringComparer.Ordinal)
            .ToList();
        Assert.Equal(
            [(Second, "C.2.1.1.", 2, 3, "Plan remarquable, budget détaillé.", $"/api/dossiers/{Second}/review"),
             (First, "C.2.2.1.", 2, 1, "Cible trop vague.", $"/api/dossiers/{First}/review")],
            disagreements.Select(d => (d.Dossier, d.Code, d.Ai, d.Jury, d.Comment, d.Url)));
        Assert.All(disagreements, d => Assert.StartsWith("cand-", d.Candidate, StringComparison.Ordinal));
        Assert.DoesNotContain("Camille", body.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task BlindFirst_levels_show_the_move_toward_the_ai()
    {
        using var pedagogy = await Factory.ClientAsAsync(GraderRoles.Pedagogy);

        var body = await pedagogy.GetFromJsonAsync<JsonElement>($"/api/sessions/{Session.Id}/agreement", Ct);

        var blind = body.GetProperty("blind");
        Assert.True(body.GetProperty("blindFirstReview").GetBoolean());
        var shift = blind.GetProperty("shift");
        Assert.Equal((7, 1, 1, 0), (shift.GetProperty("pairs").GetInt32(), shift.GetProperty("changed").GetInt32(), shift.GetProperty("closer").GetInt32(), shift.GetProperty("further").GetInt32()));
        Assert.Equal(1.0 / 7, shift.GetProperty("meanShiftTowardAi").GetDouble(), 10);
        Assert.Equal(5.0 / 7, blind.GetProperty("blindVersusAi").GetProperty("exactAgreement").GetDouble(), 10);
        Assert.Equal(6.0 / 7, blind.GetProperty("finalVersusAi").GetProperty("exactAgreement").GetDouble(), 10);
    }

    [Fact]
    public async Task The_csv_opens_in_french_excel_with_figures_then_disagreements()
    {
        using var pedagogy = await Factory.ClientAsAsync(GraderRoles.Pedagogy);

        var response = await pedagogy.GetAsync($"/api/sessions/{Session.Id}/agreement.csv", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync(Ct);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n");
        Assert.StartsWith("Portée;Compétence ou juré;Paires;Accord exact;Accord adjacent;QWK;QWK IC bas;QWK IC haut;", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("Ensemble;;14;0,857;1,000;", lines[1], StringComparison.Ordinal);
        Assert.Contains(lines, l => l.StartsWith("Compétence;C.2.2.1.;2;0,500;1,000;", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("Juré;Dominique Leroy;7;", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("Revue à l’aveugle : niveau à l’aveugle / IA;;7;0,714;", StringComparison.Ordinal));
        var header = Array.IndexOf(lines, "Dossier;Candidat (pseudonyme);Épreuve;Compétence;Niveau IA;Niveau jury;Niveau à l’aveugle;Juré;Commentaire;Lien de relecture");
        Assert.True(header > 1, string.Join("\n", lines));
        Assert.Equal("", lines[header - 1]);
        var rows = lines[(header + 1)..].Where(l => l.Length > 0).ToList();
        Assert.Equal(2, rows.Count);
        Assert.Contains(rows, r => r.StartsWith($"{First};cand-", StringComparison.Ordinal)
            && r.EndsWith($";e2;C.2.2.1.;2;1;1;juror;Cible trop vague.;/api/dossiers/{First}/review", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.StartsWith($"{Second};cand-", StringComparison.Ordinal)
            && r.EndsWith($";e2;C.2.1.1.;2;3;;Dominique Leroy;Plan remarquable, budget détaillé.;/api/dossiers/{Second}/review", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_juror_cannot_read_the_agreement_and_an_unknownSession_is_not_found()
    {
        using var juror = await Factory.ClientForAsync(Session.Juror);
        using var pedagogy = await Factory.ClientAsAsync(GraderRoles.Pedagogy);

        Assert.Equal(HttpStatusCode.Forbidden, (await juror.GetAsync($"/api/sessions/{Session.Id}/agreement", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await pedagogy.GetAsync($"/api/sessions/{Guid.NewGuid()}/agreement", Ct)).StatusCode);
    }
}
