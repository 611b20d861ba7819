using System.Text.Json;
using Grader.Api.Review;
using Grader.Api.Tests.Persistence;
using Grader.Persistence.Entities;
using Microsoft.EntityFrameworkCore;

namespace Grader.Api.Tests.Review;

/// <summary>The review services against a real, migrated SQLite file; two contexts are two jurors.</summary>
public sealed class ReviewWorkflowTests : IAsyncLifetime
{
    private readonly SqliteTestDatabase _database = new();
    private readonly RecordingAuditTrail _audit = new();
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        await using var context = _database.CreateContext();
        await context.Database.MigrateAsync(Cancellation);
    }

    public ValueTask DisposeAsync() => _database.DisposeAsync();

    private async Task<Guid> SeedAsync(bool blindFirst = false)
    {
        await using var context = _database.CreateContext();
        return (await ReviewTestData.SeedDossierAsync(context, blindFirst: blindFirst)).Id;
    }

    private async Task<Outcome<CompetenceReviewDto>> RecordAsync(Guid dossierId, string code, int? level, long? version, string juror = "juror-1", string comment = "")
    {
        await using var context = _database.CreateContext();
        return await new ReviewServices(context, _audit).Recorder.RecordAsync(dossierId, code, new RecordDecisionRequest(level, comment, version), juror, Cancellation);
    }

    private async Task<ReviewGridDto> GridAsync(Guid dossierId)
    {
        await using var context = _database.CreateContext();
        return ReviewGridBuilder.Build(await new ReviewServices(context, _audit).Loader.LoadAsync(dossierId, Cancellation));
    }

    private async Task DecideAllAsync(Guid dossierId, int level)
    {
        foreach (var competence in ReviewTestData.Competences())
        {
            Assert.True((await RecordAsync(dossierId, competence.SourceCode, level, null)).Succeeded);
        }
    }

    [Fact]
    public async Task The_grid_shows_every_compétence_of_the_épreuve_with_its_proposal_and_no_decision_yet()
    {
        var dossierId = await SeedAsync();

        var grid = await GridAsync(dossierId);

        Assert.Equal(ReviewTestData.Competences().Select(c => c.SourceCode), grid.Competences.Select(c => c.Code));
        Assert.All(grid.Competences, c => Assert.Equal((2, "acquis"), (c.Proposal!.Level, c.Proposal.LevelLabel)));
        Assert.All(grid.Competences, c => Assert.Null(c.Decision));
        Assert.True(grid.Provider.Heuristic);
        Assert.Equal(("open", 0L), (grid.Grid.State, grid.Grid.Version));
        Assert.Null(grid.BlocDecision.Computed);
        Assert.Equal(7, grid.BlocDecision.Undecided.Count);
    }

    [Fact]
    public async Task A_decision_is_stored_beside_the_proposal_with_the_code_matched_leniently_and_audited()
    {
        var dossierId = await SeedAsync();

        var outcome = await RecordAsync(dossierId, "c2.2.4", 3, null, comment: "Analyse solide.");

        Assert.True(outcome.Succeeded);
        Assert.Equal(("C.2.2.4.", 3, "maîtrisé"), (outcome.Value!.Code, outcome.Value.Decision!.Level, outcome.Value.Decision.LevelLabel));
        await using var context = _database.CreateContext();
        var stored = await context.Decisions.SingleAsync(Cancellation);
        var record = await context.PreAssessments.SingleAsync(Cancellation);
        Assert.Equal((record.Id, "C.2.2.4."), (stored.PreAssessmentRecordId, stored.CriterionCode));
        Assert.Equal(2, record.ToPreAssessment().Criteria.Single(c => c.Code == "C.2.2.4.").Level);
        Assert.Equal(DossierStatus.InReview, (await context.Dossiers.SingleAsync(Cancellation)).Status);
        var audited = Assert.Single(_audit.Records);
        Assert.Equal((AuditActions.DecisionRecorded, "juror-1"), (audited.Action, audited.Actor));
        Assert.Null(audited.Before);
    }

    [Fact]
    public async Task A_level_off_the_scale_is_refused_with_the_possible_levels()
    {
        var dossierId = await SeedAsync();

        var outcome = await RecordAsync(dossierId, "C.2.2.4", 7, null);

        Assert.Equal((WorkflowProblemKind.Invalid, "invalid-level"), (outcome.Problem!.Kind, outcome.Problem.Code));
        Assert.Contains("3 (maîtrisé)", outcome.Problem.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_jurors_with_the_same_version_the_second_gets_a_conflict_with_the_current_decision()
    {
        var dossierId = await SeedAsync();
        var first = await RecordAsync(dossierId, "C.2.2.4", 2, null);
        var seen = first.Value!.Decision!.Version;

        var alice = await RecordAsync(dossierId, "C.2.2.4", 3, seen, "juror-alice", "Très bien.");
        var bob = await RecordAsync(dossierId, "C.2.2.4", 1, seen, "juror-bob", "Insuffisant.");

        Assert.True(alice.Succeeded);
        Assert.Equal((WorkflowProblemKind.Conflict, "decision-conflict"), (bob.Problem!.Kind, bob.Problem.Code));
        var current = Assert.IsType<DecisionDto>(bob.Problem.Extensions["current"]);
        Assert.Equal((3, "juror-alice", "Très bien."), (current.Level, current.Author, current.Comment));
        await using var context = _database.CreateContext();
        Assert.Equal(3, (await context.Decisions.SingleAsync(Cancellation)).Level);
    }

    [Fact]
    public async Task Changing_an_existing_decision_without_a_version_is_a_conflict_not_an_overwrite()
    {
        var dossierId = await SeedAsync();
        await RecordAsync(dossierId, "C.2.2.4", 2, null);

        var blind = await RecordAsync(dossierId, "C.2.2.4", 0, null, "juror-bob");

        Assert.Equal("decision-conflict", blind.Problem!.Code);
    }

    [Fact]
    public async Task A_juror_who_saw_no_decision_cannot_overwrite_one_created_meanwhile()
    {
        var dossierId = await SeedAsync();
        await RecordAsync(dossierId, "C.2.2.4", 2, 0, "juror-alice");

        var bob = await RecordAsync(dossierId, "C.2.2.4", 1, 0, "juror-bob");

        Assert.Equal("decision-conflict", bob.Problem!.Code);
        Assert.Equal("juror-alice", Assert.IsType<DecisionDto>(bob.Problem.Extensions["current"]).Author);
    }

    [Fact]
    public async Task A_save_racing_another_on_the_same_row_gets_the_concurrency_conflict()
    {
        var dossierId = await SeedAsync();
        await RecordAsync(dossierId, "C.2.2.4", 2, null);

        // Juror Bob's request has read the decision (version check passed) when Alice's save lands.
        await using var bobContext = _database.CreateContext();
        var bobServices = new ReviewServices(bobContext, _audit);
        await bobServices.Loader.LoadAsync(dossierId, Cancellation);
        await using (var aliceContext = _database.CreateContext())
        {
            var decision = await aliceContext.Decisions.SingleAsync(Cancellation);
            decision.Level = 3;
            await aliceContext.SaveChangesAsync(Cancellation);
        }

        // Bob's context still tracks version 1: the version token makes his save match no row.
        var bob = await bobServices.Recorder.RecordAsync(dossierId, "C.2.2.4", new RecordDecisionRequest(1, "", 1), "juror-bob", Cancellation);

        Assert.Equal("decision-conflict", bob.Problem!.Code);
        Assert.Equal(3, Assert.IsType<DecisionDto>(bob.Problem.Extensions["current"]).Level);
    }

    [Fact]
    public async Task Blind_first_hides_proposals_until_a_level_is_recorded_and_keeps_the_blind_level()
    {
        var dossierId = await SeedAsync(blindFirst: true);

        var before = await GridAsync(dossierId);
        Assert.All(before.Competences, c => Assert.True(c.ProposalHidden && c.Proposal is null && c.ProposalHiddenReason is not null));
        Assert.DoesNotContain(before.Flags, f => f.Kind == "heuristic");
        Assert.Contains(before.Flags, f => f.Kind == "hidden-text");

        var recorded = await RecordAsync(dossierId, "C.2.2.4", 1, null);
        Assert.Equal(2, recorded.Value!.Proposal!.Level);
        Assert.Equal(1, recorded.Value.Decision!.BlindLevel);
        Assert.NotNull(recorded.Value.Decision.ProposalShownAt);

        var changed = await RecordAsync(dossierId, "C.2.2.4", 2, recorded.Value.Decision.Version);
        Assert.Equal((2, 1), (changed.Value!.Decision!.Level, changed.Value.Decision.BlindLevel));

        var after = await GridAsync(dossierId);
        var shown = Assert.Single(after.Competences, c => !c.ProposalHidden);
        Assert.Equal("C.2.2.4.", shown.Code);
        Assert.Equal(6, after.Competences.Count(c => c.ProposalHidden));
    }

    [Fact]
    public async Task Finalising_is_refused_while_compétences_are_undecided_and_lists_them()
    {
        var dossierId = await SeedAsync();
        await RecordAsync(dossierId, "C.2.2.4", 2, null);

        await using var context = _database.CreateContext();
        var outcome = await new ReviewServices(context, _audit).Finaliser.FinaliseAsync(dossierId, new FinaliseRequest(null, null, null), "juror-1", Cancellation);

        Assert.Equal("undecided-competences", outcome.Problem!.Code);
        var undecided = Assert.IsAssignableFrom<IReadOnlyList<string>>(outcome.Problem.Extensions["undecided"]);
        Assert.Equal(6, undecided.Count);
        Assert.DoesNotContain("C.2.2.4.", undecided);
    }

    [Fact]
    public async Task Finalise_confirms_or_overrides_with_a_reason_then_changes_need_a_reopening_with_a_reason()
    {
        var dossierId = await SeedAsync();
        await DecideAllAsync(dossierId, 2);
        await using (var context = _database.CreateContext())
        {
            var finaliser = new ReviewServices(context, _audit).Finaliser;
            var unexplained = await finaliser.FinaliseAsync(dossierId, new FinaliseRequest("non acquis", "  ", null), "juror-1", Cancellation);
            Assert.Equal("override-reason-required", unexplained.Problem!.Code);
        }

        await using (var context = _database.CreateContext())
        {
            var final = await new ReviewServices(context, _audit).Finaliser.FinaliseAsync(
                dossierId, new FinaliseRequest("non-acquis", "Soutenance très fragile sur la budgétisation.", 0), "juror-1", Cancellation);
            Assert.True(final.Succeeded);
            Assert.Equal(("final", BlocDecisions.NotAcquired, BlocDecisions.Acquired), (final.Value!.State, final.Value.BlocDecision, final.Value.ComputedDecision));
        }

        var locked = await RecordAsync(dossierId, "C.2.2.4", 3, null);
        Assert.Equal("grid-final", locked.Problem!.Code);

        await using (var context = _database.CreateContext())
        {
            var reopener = new ReviewServices(context, _audit).Reopener;
            Assert.Equal("reopen-reason-required", (await reopener.ReopenAsync(dossierId, new ReopenRequest(" ", null), "juror-1", Cancellation)).Problem!.Code);
            var reopened = await reopener.ReopenAsync(dossierId, new ReopenRequest("Erreur de saisie sur C.2.2.4.", null), "juror-1", Cancellation);
            Assert.Equal("open", reopened.Value!.State);
            Assert.Equal("Erreur de saisie sur C.2.2.4.", Assert.Single(reopened.Value.Reopenings).Reason);
        }

        await using (var context = _database.CreateContext())
        {
            Assert.Equal(DossierStatus.InReview, (await context.Dossiers.SingleAsync(Cancellation)).Status);
            Assert.Single(await context.FinalGridReopenings.ToListAsync(Cancellation));
        }

        Assert.Equal(
            [AuditActions.GridFinalised, AuditActions.GridReopened],
            _audit.Records.Select(r => r.Action).Where(a => a.StartsWith("grid.", StringComparison.Ordinal)));
        var finalised = _audit.Records.Single(r => r.Action == AuditActions.GridFinalised);
        Assert.Contains("Soutenance", JsonSerializer.Serialize(finalised.After), StringComparison.Ordinal);
    }
}
