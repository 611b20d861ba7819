using Grader.Persistence;
using Grader.Persistence.Entities;
using Microsoft.EntityFrameworkCore;

namespace Grader.Api.Tests.Persistence;

/// <summary>The same integration tests on every provider, each against a real, freshly migrated database.</summary>
public abstract class PersistenceTests
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    protected abstract Task<TestDatabase> CreateEmptyDatabaseAsync();

    [Fact]
    public async Task Migrations_apply_on_an_empty_database_and_match_the_model()
    {
        await using var database = await CreateEmptyDatabaseAsync();
        await using var context = database.CreateContext();
        var declared = context.Database.GetMigrations().ToList();
        Assert.NotEmpty(declared);

        await context.Database.MigrateAsync(Cancellation);

        Assert.Equal(declared, await context.Database.GetAppliedMigrationsAsync(Cancellation));
        Assert.Empty(await context.Database.GetPendingMigrationsAsync(Cancellation));
        // A model changed without `dotnet ef migrations add` for this provider would fail here.
        Assert.False(context.Database.HasPendingModelChanges(), "Le modèle a changé sans migration pour ce fournisseur.");
        Assert.Equal(0, await context.Sessions.CountAsync(Cancellation));
    }

    [Fact]
    public async Task A_rerun_adds_a_pre_assessment_and_decisions_sit_beside_the_proposal()
    {
        await using var database = await MigratedDatabaseAsync();
        var created = DateTimeOffset.UtcNow.AddMinutes(-10);
        Guid dossierId;
        await using (var context = database.CreateContext())
        {
            var dossier = SampleData.Dossier(SampleData.Session("Session juin"), SampleData.Candidate(), new string('d', 64), created);
            context.Dossiers.Add(dossier);
            context.PreAssessments.Add(PreAssessmentRecord.Create(dossier.Id, SampleData.PreAssessment("model-a", level: 2), created.AddMinutes(1)));
            await context.SaveChangesAsync(Cancellation);
            dossierId = dossier.Id;
        }

        Guid rerunId;
        await using (var context = database.CreateContext())
        {
            var rerun = PreAssessmentRecord.Create(dossierId, SampleData.PreAssessment("model-b", level: 3), created.AddMinutes(2));
            context.PreAssessments.Add(rerun);
            context.Decisions.Add(new JurorDecision
            {
                DossierId = dossierId, CriterionCode = "C.2.2.4.", PreAssessmentRecordId = rerun.Id,
                Level = 1, Comment = "Analyse trop générale.", AuthorUserId = "juror-1",
            });
            await context.SaveChangesAsync(Cancellation);
            rerunId = rerun.Id;
        }

        await using (var context = database.CreateContext())
        {
            var dossier = await context.Dossiers.AsNoTracking()
                .Include(d => d.Files).Include(d => d.PreAssessments).Include(d => d.Decisions)
                .SingleAsync(d => d.Id == dossierId, Cancellation);
            Assert.Equal(["annexes.docx", "dossier.pdf"], dossier.Files.Select(f => f.Name).Order());

            var records = dossier.PreAssessments.OrderBy(p => p.CreatedAt).ToList();
            Assert.Equal(["model-a", "model-b"], records.Select(r => r.Model));
            Assert.All(records, r => Assert.Equal(new string('f', 64), r.RubricFingerprint));
            Assert.Equal($"evaluate-criterion@3:{new string('c', 64)}", records[0].PromptHashes);
            Assert.Equal([2, 3], records.Select(r => r.ToPreAssessment().Criteria.Single().Level));

            var decision = Assert.Single(dossier.Decisions);
            Assert.Equal((1, rerunId), (decision.Level, decision.PreAssessmentRecordId));
            Assert.Equal(3, records.Single(r => r.Id == rerunId).ToPreAssessment().Criteria.Single().Level);
        }

        await using (var context = database.CreateContext())
        {
            var first = await context.PreAssessments.FirstAsync(p => p.DossierId == dossierId, Cancellation);
            context.Entry(first).Property(p => p.Json).CurrentValue = "{}";
            await Assert.ThrowsAsync<InvalidOperationException>(() => context.SaveChangesAsync(Cancellation));
        }
    }

    [Fact]
    public async Task Two_jurors_editing_the_same_decision_get_a_conflict_not_a_lost_update()
    {
        await using var database = await MigratedDatabaseAsync();
        Guid decisionId;
        await using (var context = database.CreateContext())
        {
            var dossier = SampleData.Dossier(SampleData.Session("Session juin"), SampleData.Candidate(), new string('d', 64), DateTimeOffset.UtcNow);
            var decision = new JurorDecision { DossierId = dossier.Id, CriterionCode = "C.2.2.4.", Level = 2, AuthorUserId = "juror-1" };
            context.Dossiers.Add(dossier);
            context.Decisions.Add(decision);
            await context.SaveChangesAsync(Cancellation);
            decisionId = decision.Id;
        }

        await using var first = database.CreateContext();
        await using var second = database.CreateContext();
        var mine = await first.Decisions.SingleAsync(d => d.Id == decisionId, Cancellation);
        var theirs = await second.Decisions.SingleAsync(d => d.Id == decisionId, Cancellation);

        (mine.Level, mine.Comment, mine.AuthorUserId) = (3, "Maîtrisé.", "juror-1");
        await first.SaveChangesAsync(Cancellation);
        (theirs.Level, theirs.Comment, theirs.AuthorUserId) = (1, "Insuffisant.", "juror-2");
        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync(Cancellation));

        await using var reader = database.CreateContext();
        var stored = await reader.Decisions.AsNoTracking().SingleAsync(d => d.Id == decisionId, Cancellation);
        Assert.Equal((3, "juror-1", 1L), (stored.Level, stored.AuthorUserId, stored.Version));
    }

    [Fact]
    public async Task Dossiers_are_found_by_session_in_order_and_by_content_hash()
    {
        await using var database = await MigratedDatabaseAsync();
        var june = SampleData.Session("Session juin");
        var september = SampleData.Session("Session septembre");
        var start = DateTimeOffset.UtcNow.AddHours(-1);
        await using (var context = database.CreateContext())
        {
            context.Dossiers.AddRange(
                SampleData.Dossier(june, SampleData.Candidate(), new string('2', 64), start.AddMinutes(2)),
                SampleData.Dossier(september, SampleData.Candidate(), new string('9', 64), start.AddMinutes(1)),
                SampleData.Dossier(june, SampleData.Candidate(), new string('1', 64), start.AddMinutes(1)));
            await context.SaveChangesAsync(Cancellation);
        }

        await using var query = database.CreateContext();
        var inJune = await query.Dossiers.Where(d => d.SessionId == june.Id && d.CreatedAt >= start)
            .OrderBy(d => d.CreatedAt).Select(d => d.ContentHash).ToListAsync(Cancellation);
        Assert.Equal([new string('1', 64), new string('2', 64)], inJune);

        var known = await query.Dossiers.Where(d => d.ContentHash == new string('9', 64)).Select(d => d.Session!.Name).SingleAsync(Cancellation);
        Assert.Equal("Session septembre", known);

        var sessions = await query.Sessions.Where(s => s.Epreuves.Contains("e2")).CountAsync(Cancellation);
        Assert.Equal(2, sessions);
    }

    private async Task<TestDatabase> MigratedDatabaseAsync()
    {
        var database = await CreateEmptyDatabaseAsync();
        await using var context = database.CreateContext();
        await context.Database.MigrateAsync(Cancellation);
        return database;
    }
}
