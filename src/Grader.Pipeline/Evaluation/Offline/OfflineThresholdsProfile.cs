using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Grader.Pipeline.Evaluation.Offline;

/// <summary>Cross-validated agreement before (shipped thresholds) and after fitting, on the same out-of-fold pairs.</summary>
public sealed record CrossValidatedFigures(int Folds, int Pairs, double? KappaBefore, double? KappaAfter, double? ExactBefore, double? ExactAfter, double? MaeBefore, double? MaeAfter);

/// <summary>
/// Level cutoffs fitted on graded dossiers (<c>grader calibrate --fit</c>): a global set, and per compétence id where
/// enough cases labelled it. Stored in the rubric version's calibration profile; <see cref="Fingerprint"/> is what every
/// output's provenance records when the offline evaluator uses it.
/// </summary>
public sealed record OfflineThresholdsProfile
{
    public required LevelCutoffs Global { get; init; }
    public IReadOnlyDictionary<string, LevelCutoffs> PerCompetence { get; init; } = new Dictionary<string, LevelCutoffs>();
    /// <summary>The heuristics' version the cutoffs were fitted for (<see cref="OfflineHeuristics.Version"/>).</summary>
    public required string HeuristicsVersion { get; init; }
    public required DateTimeOffset FittedAt { get; init; }
    /// <summary>The evaluation set and command that produced it.</summary>
    public required string Set { get; init; }
    public required string Command { get; init; }
    public CrossValidatedFigures? CrossValidation { get; init; }

    /// <summary>SHA-256 of the cutoffs and heuristics version: what the levels depend on, not when or how they were fitted.</summary>
    [JsonPropertyOrder(-1)]
    public string Fingerprint
    {
        get
        {
            var content = JsonSerializer.Serialize(new
            {
                Global,
                PerCompetence = PerCompetence.OrderBy(p => p.Key, StringComparer.Ordinal).ToList(),
                HeuristicsVersion,
            });
            return "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(content)));
        }
    }

    public OfflineThresholds For(string competenceId, OfflineThresholds baseline) =>
        (PerCompetence.TryGetValue(competenceId, out var own) ? own : Global).Apply(baseline);
}
