using Grader.Api.Review;
using Grader.Api.Tests.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Grader.Api.Tests.Review;

/// <summary>
/// Two jurors saving the same decision at once on PostgreSQL (<c>GRADER_TEST_POSTGRES</c>; skipped with the reason otherwise):
/// exactly one wins, the other gets the conflict with the winner's decision, whichever of the version check or the token fires.
/// </summary>
public sealed class PostgreSqlDecisionConcurrencyTests
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Concurrent_saves_of_one_decision_give_one_success_and_one_conflict()
    {
        await using var database = await PostgreSqlTestDatabase.CreateAsync();
        var audit = new RecordingAuditTrail();
        Guid dossierId;
        await using (var context = database.CreateContext())
        {
            await context.Database.MigrateAsync(Cancellation);
            dossierId = (await ReviewTestData.SeedDossierAsync(context)).Id;
            await new ReviewServices(context, audit).Recorder.RecordAsync(dossierId, "C.2.2.4", new RecordDecisionRequest(2, "", null), "juror-0", Cancellation);
        }

        async Task<Outcome<CompetenceReviewDto>> SaveAsync(string juror, int level)
        {
            await using var context = database.CreateContext();
            return await new ReviewServices(context, audit).Recorder.RecordAsync(dossierId, "C.2.2.4", new RecordDecisionRequest(level, juror, 1), juror, Cancellation);
        }

        var outcomes = await Task.WhenAll(SaveAsync("juror-alice", 3), SaveAsync("juror-bob", 1));

        var winner = Assert.Single(outcomes, o => o.Succeeded);
        var loser = Assert.Single(outcomes, o => !o.Succeeded);
        Assert.Equal("decision-conflict", loser.Problem!.Code);
        var current = Assert.IsType<DecisionDto>(loser.Problem.Extensions["current"]);
        Assert.Equal((winner.Value!.Decision!.Level, winner.Value.Decision.Author), (current.Level, current.Author));
        await using var check = database.CreateContext();
        Assert.Equal(winner.Value.Decision.Level, (await check.Decisions.SingleAsync(Cancellation)).Level);
    }
}
