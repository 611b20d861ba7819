using Grader.Api.Feedback;
using Grader.Api.Review;
using Grader.Api.Tests.Exports;
using Grader.Api.Tests.Persistence;
using Grader.Api.Tests.Review;
using Grader.Persistence.Entities;
using Microsoft.EntityFrameworkCore;

namespace Grader.Api.Tests.Feedback;

/// <summary>Feedback drafts, releases and the immediate-release policy on a real SQLite file.</summary>
public sealed class FeedbackServicesTests : IAsyncLifetime
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

    private async Task<Guid> SeedAsync(SessionMode mode, ReleasePolicy policy)
    {
        await using var context = _database.CreateContext();
        var session = new CertificationSession
        {
            Name = "Session d’entraînement", RubricId = "developpement-commercial", RubricVersion = ReviewTestData.Rubric.Rubric.Version,
            Provider = "offline", Mode = mode, ReleasePolicy = policy,
        };
        context.Sessions.Add(session);
        return (await ReviewTestData.SeedDossierAsync(context, session)).Id;
    }

    [Fact]
    public async Task The_draft_starts_from_the_evaluation_then_edits_are_versioned_with_conflicts()
    {
        var dossierId = await SeedAsync(SessionMode.Certifying, ReleasePolicy.AfterReview);
        await using var context = _database.CreateContext();
        var services = new ReviewServices(context, _audit);

        var initial = (await services.DraftSource.GetAsync(dossierId, Cancellation)).ToDto();
        Assert.Equal((0L, false), (initial.Version, initial.Edited));
        Assert.StartsWith("Votre dossier aborde la plupart des attendus.", initial.Text, StringComparison.Ordinal);
        Assert.Contains("C.2.2.4\u00A0: Pour C.2.2.4., précisez vos indicateurs.", initial.Text, StringComparison.Ordinal);

        var saved = await services.DraftEditor.SaveAsync(dossierId, new SaveFeedbackDraftRequest("Texte relu par le jury.", 0), "juror-1", Cancellation);
        Assert.True(saved.Succeeded);

        await using var other = _database.CreateContext();
        var stale = await new ReviewServices(other, _audit).DraftEditor.SaveAsync(dossierId, new SaveFeedbackDraftRequest("Autre texte.", 0), "pedagogue-1", Cancellation);
        Assert.Equal("feedback-conflict", stale.Problem!.Code);
        Assert.Equal("Texte relu par le jury.", Assert.IsType<FeedbackDraftDto>(stale.Problem.Extensions["current"]).Text);
        Assert.Equal(AuditActions.FeedbackEdited, Assert.Single(_audit.Records).Action);
    }

    [Fact]
    public async Task Immediate_release_in_a_formative_session_stores_a_release_by_policy_once()
    {
        var dossierId = await SeedAsync(SessionMode.Formative, ReleasePolicy.Immediate);
        await using var context = _database.CreateContext();
        var policy = new ReviewServices(context, _audit).ReleasePolicy;

        var first = await policy.ReleaseIfImmediateAsync(dossierId, Cancellation);
        var again = await policy.ReleaseIfImmediateAsync(dossierId, Cancellation);

        Assert.True(first.Released);
        Assert.True(first.Release!.Automatic);
        Assert.Equal((false, "already-released"), (again.Released, again.Reason));
        var release = await context.FeedbackReleases.SingleAsync(Cancellation);
        Assert.Equal(FeedbackReleaser.PolicyReleaser, release.ReleasedBy);
        var audited = Assert.Single(_audit.Records);
        Assert.Equal((AuditActions.FeedbackReleased, AuditActions.SystemActor), (audited.Action, audited.Actor));
    }

    [Theory]
    [InlineData(SessionMode.Certifying, ReleasePolicy.Immediate, "certifying-session")]
    [InlineData(SessionMode.Formative, ReleasePolicy.AfterReview, "release-after-review")]
    public async Task Other_sessions_release_nothing_automatically(SessionMode mode, ReleasePolicy policy, string reason)
    {
        var dossierId = await SeedAsync(mode, policy);
        await using var context = _database.CreateContext();

        var result = await new ReviewServices(context, _audit).ReleasePolicy.ReleaseIfImmediateAsync(dossierId, Cancellation);

        Assert.Equal((false, reason), (result.Released, result.Reason));
        Assert.False(await context.FeedbackReleases.AnyAsync(Cancellation));
    }

    [Fact]
    public void The_feedback_document_says_when_no_juror_has_read_it()
    {
        var feedback = new CandidateFeedbackDto(Guid.NewGuid(), "e2",
            new FeedbackReleaseDto(Guid.NewGuid(), "Premier paragraphe.\nDeuxième paragraphe.", DateTimeOffset.UtcNow, Automatic: true), []);

        var paragraphs = DocxText.Paragraphs(FeedbackDocxWriter.Write(feedback, "E2", "cand-1234"));

        Assert.Contains("Retour sur votre dossier — épreuve E2", paragraphs);
        Assert.Contains("Deuxième paragraphe.", paragraphs);
        Assert.Contains(paragraphs, p => p.Contains("n’a pas encore été relu par un jury", StringComparison.Ordinal));
    }
}
