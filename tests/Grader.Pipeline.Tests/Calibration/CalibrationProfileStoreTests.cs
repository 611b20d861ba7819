using Grader.Pipeline.Calibration.Gates;
using Grader.Pipeline.Calibration.Profiles;
using Grader.Pipeline.Evaluation.Llm;
using Grader.Pipeline.Evaluation.Offline;
using Grader.Pipeline.Evaluation.Orchestration;
using Grader.Pipeline.Rubrics;
using Microsoft.Extensions.Options;

namespace Grader.Pipeline.Tests.Calibration;

public sealed class CalibrationProfileStoreTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("grader-profile-").FullName;

    private Rubric Rubric => CalibrationFixtures.Rubric with { Path = folder };

    [Fact]
    public void Only_failed_gates_are_watched_with_their_french_reason()
    {
        Save(Profile(Gate("C.2.2.3.", "c-2-2-3", GateStatus.Failed, "QWK 0,25 < 0,70."), Gate("C.2.2.5.", "c-2-2-5", GateStatus.Passed, "QWK 1,00 ≥ 0,70."),
            Gate("C.1.3.3.", "c-1-3-3", GateStatus.NotEnoughData, "0 niveau comparé.")));

        var watches = new CalibrationProfileStore().Watches(Rubric);

        var watch = Assert.Single(watches);
        Assert.Equal("c-2-2-3", watch.Key);
        Assert.Equal("à surveiller", watch.Value.Status);
        Assert.Contains("jeu «\u00A0dossiers-v1\u00A0»", watch.Value.Reason, StringComparison.Ordinal);
        Assert.EndsWith("QWK 0,25 < 0,70.", watch.Value.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_profile_measured_on_another_rubric_content_or_unreadable_watches_nothing()
    {
        Save(Profile(Gate("C.2.2.3.", "c-2-2-3", GateStatus.Failed, "QWK 0,25 < 0,70.")) with { RubricFingerprint = "sha256:autre" });
        Assert.Empty(new CalibrationProfileStore().Watches(Rubric));

        File.WriteAllText(CalibrationProfileStore.PathFor(Rubric), "{ pas du JSON");
        Assert.Empty(new CalibrationProfileStore().Watches(Rubric));
        Assert.Empty(new CalibrationProfileStore().Watches(CalibrationFixtures.Rubric with { Path = Path.Combine(folder, "absent") }));
    }

    [Fact]
    public void Saving_fitted_thresholds_keeps_the_saved_gates_and_the_offline_source_reads_them()
    {
        Save(Profile(Gate("C.2.2.3.", "c-2-2-3", GateStatus.Failed, "QWK 0,25 < 0,70.")));
        var fitted = new OfflineThresholdsProfile
        {
            Global = LevelCutoffs.From(OfflineThresholds.Default) with { AcquiredCoverage = 0.28 },
            HeuristicsVersion = OfflineHeuristics.Version,
            FittedAt = DateTimeOffset.UnixEpoch,
            Set = "dossiers-v1",
            Command = "grader calibrate --fit --set eval-sets/dossiers-v1",
        };
        Save(CalibrationProfileStore.Open(Rubric) with { OfflineThresholds = fitted });

        var read = CalibrationProfileStore.ReadFile(CalibrationProfileStore.PathFor(Rubric));
        Assert.NotNull(read?.Gates);
        Assert.Equal(fitted.Fingerprint, read.OfflineThresholds!.Fingerprint);

        var context = new RubricContext(Rubric.Version, RubricFingerprint.Compute(Rubric), Rubric.Scale, folder);
        Assert.Equal(fitted.Fingerprint, Source("auto").For(context)?.Fingerprint);
        Assert.Null(Source("none").For(context));
        Assert.Null(Source("auto").For(context with { Fingerprint = "sha256:autre" }));
        Assert.Equal(fitted.Fingerprint, Source(CalibrationProfileStore.PathFor(Rubric)).For(context with { Folder = null })?.Fingerprint);
        var missing = Assert.Throws<CalibrationProfileException>(() => Source(Path.Combine(folder, "absent.json")).For(context));
        Assert.Contains("Profil de calibration introuvable", missing.Message, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private static OfflineThresholdsSource Source(string setting) =>
        new(Options.Create(new EvaluationOptions { OfflineThresholdsProfile = setting }));

    private void Save(CalibrationProfile profile) => CalibrationProfileStore.WriteFile(CalibrationProfileStore.PathFor(Rubric), profile);

    private CalibrationProfile Profile(params CriterionGate[] gates) => new()
    {
        RubricId = Rubric.Id,
        RubricVersion = Rubric.Version,
        RubricFingerprint = RubricFingerprint.Compute(Rubric),
        Gates = new GateProfile(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero), "dossiers-v1", "grader calibrate --set eval-sets/dossiers-v1 --save-profile",
            "configuration par défaut", ["offline"], GateThresholds.Default, gates),
    };

    private static CriterionGate Gate(string code, string id, GateStatus status, string reason) => new(code, id, status, [reason], 3, 0.25, -1.6, null);
}
