using System.Collections.Concurrent;
using Grader.Pipeline.Calibration.Profiles;
using Grader.Pipeline.Evaluation.Llm;
using Grader.Pipeline.Evaluation.Orchestration;
using Microsoft.Extensions.Options;

namespace Grader.Pipeline.Evaluation.Offline;

/// <summary>
/// Which fitted cutoffs the offline evaluator uses (<c>Grader:Evaluation:OfflineThresholdsProfile</c>): <c>auto</c> (the
/// default) takes the rubric version's calibration profile when it has fitted cutoffs for that very rubric fingerprint;
/// <c>none</c> keeps the shipped thresholds; any other value is the path of a profile file, used whatever the rubric
/// version (that is how a profile fitted on one set is evaluated on another).
/// </summary>
public sealed class OfflineThresholdsSource(IOptions<EvaluationOptions> options)
{
    public const string Auto = "auto";
    public const string None = "none";

    private readonly ConcurrentDictionary<string, OfflineThresholdsProfile?> cache = new(StringComparer.Ordinal);

    /// <summary>A source that never finds a profile (tests, and the evaluator built without configuration).</summary>
    public static OfflineThresholdsSource Disabled { get; } = new(Options.Create(new EvaluationOptions { OfflineThresholdsProfile = None }));

    public OfflineThresholdsProfile? For(RubricContext rubric)
    {
        var setting = options.Value.OfflineThresholdsProfile?.Trim();
        if (string.IsNullOrEmpty(setting) || string.Equals(setting, None, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        if (!string.Equals(setting, Auto, StringComparison.OrdinalIgnoreCase))
        {
            return cache.GetOrAdd("file:" + setting, path => CalibrationProfileStore.ReadFile(path[5..], required: true)!.OfflineThresholds
                ?? throw new CalibrationProfileException("no-fitted-thresholds", $"Le profil « {setting} » ne contient pas de seuils ajustés (section « offlineThresholds »)."));
        }

        if (rubric.Folder is null)
        {
            return null;
        }

        var path = CalibrationProfileStore.PathFor(rubric.Folder, rubric.Version);
        return cache.GetOrAdd(path + "|" + rubric.Fingerprint, _ =>
            CalibrationProfileStore.ReadFile(path) is { OfflineThresholds: { } fitted } profile
            && string.Equals(profile.RubricFingerprint, rubric.Fingerprint, StringComparison.Ordinal)
                ? fitted
                : null);
    }
}
