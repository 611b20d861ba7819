using Microsoft.Extensions.Options;

namespace Grader.Api.Processing;

/// <summary>Checks <c>Grader:Jobs</c> at start-up, in French for the administrator.</summary>
internal sealed class JobsOptionsValidator : IValidateOptions<JobsOptions>
{
    /// <summary>The ceiling of <see cref="JobsOptions.MaxRetries"/>: the retry attribute on the job is a constant.</summary>
    public const int RetryCeiling = 10;

    public ValidateOptionsResult Validate(string? name, JobsOptions options)
    {
        var failures = new List<string>();
        if (options.Workers is < 1 or > 64)
        {
            failures.Add($"Grader:Jobs:Workers vaut {options.Workers} ; indiquez entre 1 et 64 traitements simultanés.");
        }

        if (options.HeartbeatInterval <= TimeSpan.Zero || options.RecoveryTimeout < options.HeartbeatInterval * 3)
        {
            failures.Add("Grader:Jobs:RecoveryTimeout doit valoir au moins trois fois Grader:Jobs:HeartbeatInterval (positif), "
                         + "sinon un traitement vivant serait pris pour abandonné.");
        }

        if (options.PollInterval < TimeSpan.FromMilliseconds(100))
        {
            failures.Add("Grader:Jobs:PollInterval doit valoir au moins 100 ms.");
        }

        if (options.MaxRetries is < 0 or > RetryCeiling)
        {
            failures.Add($"Grader:Jobs:MaxRetries vaut {options.MaxRetries} ; indiquez entre 0 et {RetryCeiling}.");
        }

        if (options.ProgressWriteInterval < TimeSpan.Zero)
        {
            failures.Add("Grader:Jobs:ProgressWriteInterval ne peut pas être négatif.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
