using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Grader.Pipeline.Evaluation.Llm;
using Grader.Pipeline.Evaluation.Model;
using Grader.Pipeline.Evaluation.Prompts;

namespace Grader.Pipeline.Evaluation.Offline;

/// <summary>
/// What the offline evaluators record in place of a model and a prompt: the heuristics' name and version,
/// and a hash of the thresholds, so an output can be traced to the rules that produced it.
/// </summary>
public static class OfflineHeuristics
{
    /// <summary>Raise when a rule changes, as a prompt's version is raised.</summary>
    public const string Version = "1.0.0";

    /// <summary>Recorded as the « model »: there is none.</summary>
    public const string ModelName = "heuristiques-hors-ligne";

    public static PromptProvenance Provenance(string component, OfflineThresholds thresholds) =>
        new($"offline-{component}", Version, "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(thresholds) + Version))));

    /// <summary>
    /// The provenance of levels mapped with cutoffs fitted by calibration: the version says so, the hash is the fitted
    /// profile's fingerprint, so that every output names the exact profile it came from.
    /// </summary>
    public static PromptProvenance FittedProvenance(string component, OfflineThresholdsProfile profile) =>
        new($"offline-{component}", Version + "+profil-calibre", profile.Fingerprint);

    public static EvaluationOutcome<T> Outcome<T>(T value, string component, OfflineThresholds thresholds, long startedAt)
        where T : class =>
        Outcome(value, Provenance(component, thresholds), startedAt);

    public static EvaluationOutcome<T> Outcome<T>(T value, PromptProvenance provenance, long startedAt)
        where T : class =>
        new(value, null, Providers.Offline, ModelName, provenance, TokenUsage.None, FromCache: false, Attempts: 0, Stopwatch.GetElapsedTime(startedAt));

    /// <summary>No model, no tokens: the budget of an offline call is zero.</summary>
    public static Task<TokenBudget> NoTokens(string component) => Task.FromResult(new TokenBudget($"offline-{component}", 0, 0));
}
