using System.Text.Json;
using Grader.Api.Review;
using Grader.Api.Tests.Persistence;
using Grader.Pipeline.Calibration.Gates;
using Grader.Pipeline.Calibration.Profiles;
using Grader.Pipeline.Rubrics;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.EntityFrameworkCore;

namespace Grader.Api.Tests.Review;

/// <summary>A compétence that failed its calibration gate is shown « à surveiller » in the juror's grid, with the reason.</summary>
public sealed class CalibrationWatchTests : IAsyncLifetime
{
    private readonly SqliteTestDatabase _database = new();
    private readonly RecordingAuditTrail _audit = new();
    private readonly string _rubricFolder = Directory.CreateTempSubdirectory("grader-watch-").FullName;
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        await using var context = _database.CreateContext();
        await context.Database.MigrateAsync(Cancellation);
    }

    public async ValueTask DisposeAsync()
    {
        await _database.DisposeAsync();
        Directory.Delete(_rubricFolder, recursive: true);
    }

    [Fact]
    public async Task Only_the_compétence_whose_gate_failed_carries_a_watch_with_its_reason()
    {
        await using var context = _database.CreateContext();
        var dossier = await ReviewTestData.SeedDossierAsync(context, blindFirst: true);
        var snapshot = await new ReviewServices(context, _audit).Loader.LoadAsync(dossier.Id, Cancellation);
        // The session's rubric, as if its folder held the calibration profile (the fingerprint ignores where it was read from).
        var rubric = snapshot.Rubric.Rubric with { Path = _rubricFolder };
        var watched = ReviewTestData.Competences()[0];
        CalibrationProfileStore.WriteFile(CalibrationProfileStore.PathFor(rubric), new CalibrationProfile
        {
            RubricId = rubric.Id,
            RubricVersion = rubric.Version,
            RubricFingerprint = RubricFingerprint.Compute(rubric),
            Gates = new GateProfile(DateTimeOffset.UnixEpoch, "dossiers-v1", "grader calibrate --set eval-sets/dossiers-v1 --save-profile", "configuration par défaut", ["offline"], GateThresholds.Default,
            [
                new CriterionGate(watched.SourceCode, watched.Id, GateStatus.Failed, ["QWK 0,25 < 0,70."], 3, 0.25, -1.6, null),
                .. ReviewTestData.Competences().Skip(1).Select(c => new CriterionGate(c.SourceCode, c.Id, GateStatus.Passed, ["QWK 0,80 ≥ 0,70."], 3, 0.8, 0, null)),
            ]),
        });

        var grid = ReviewGridBuilder.Build(snapshot, watches: new CalibrationProfileStore().Watches(rubric));

        var flagged = Assert.Single(grid.Competences, c => c.Watch is not null);
        Assert.Equal(watched.SourceCode, flagged.Code);
        Assert.Equal("à surveiller", flagged.Watch!.Status);
        Assert.EndsWith("QWK 0,25 < 0,70.", flagged.Watch.Reason, StringComparison.Ordinal);
        // Blind-first review hides the proposal, not the watch: it says nothing of the level.
        Assert.True(flagged.ProposalHidden);
        var json = JsonSerializer.Serialize(grid, new JsonOptions().SerializerOptions);
        Assert.Contains("\"watch\":{\"status\":\"à surveiller\"", json, StringComparison.Ordinal);
        Assert.All(ReviewGridBuilder.Build(snapshot).Competences, c => Assert.Null(c.Watch));
    }
}
