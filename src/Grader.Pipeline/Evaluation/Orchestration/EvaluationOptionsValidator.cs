using Microsoft.Extensions.Options;

namespace Grader.Pipeline.Evaluation.Orchestration;

/// <summary>Checks <c>Grader:Evaluation</c> at start-up and says in French what to fix.</summary>
public sealed class EvaluationOptionsValidator : IValidateOptions<EvaluationOptions>
{
    public ValidateOptionsResult Validate(string? name, EvaluationOptions options)
    {
        var problems = new List<string>();
        if (options.PassagesPerCompetence is < 1 or > 50)
        {
            problems.Add("Grader:Evaluation:PassagesPerCompetence doit être compris entre 1 et 50.");
        }

        if (options.PassagesPerDeliverable is < 1 or > 20)
        {
            problems.Add("Grader:Evaluation:PassagesPerDeliverable doit être compris entre 1 et 20.");
        }

        if (options.OfflineConcurrency is < 1 or > 64)
        {
            problems.Add("Grader:Evaluation:OfflineConcurrency doit être compris entre 1 et 64.");
        }

        if (options.OfflineThresholdsProfile is { } profile && !string.IsNullOrWhiteSpace(profile)
            && !string.Equals(profile.Trim(), Offline.OfflineThresholdsSource.Auto, StringComparison.OrdinalIgnoreCase)
            && !string.Equals(profile.Trim(), Offline.OfflineThresholdsSource.None, StringComparison.OrdinalIgnoreCase)
            && !File.Exists(profile))
        {
            problems.Add($"Grader:Evaluation:OfflineThresholdsProfile vaut « {profile} » : indiquez auto, none ou le chemin d’un profil de calibration existant.");
        }

        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
