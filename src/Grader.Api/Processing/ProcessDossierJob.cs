using Hangfire;
using Hangfire.Server;

namespace Grader.Api.Processing;

/// <summary>
/// The Hangfire entry point, kept to one method so that the serialised job names a stable signature. Retries are
/// Hangfire's (delays below); how many of them a transient failure gets is <see cref="JobsOptions.MaxRetries"/>,
/// which <see cref="DossierProcessor"/> checks: a user's mistake is never retried.
/// </summary>
public sealed class ProcessDossierJob(DossierProcessor processor)
{
    [AutomaticRetry(Attempts = JobsOptionsValidator.RetryCeiling, DelaysInSeconds = [5, 20, 60, 120, 300, 600, 600, 600, 600, 600], OnAttemptsExceeded = AttemptsExceededAction.Fail)]
    [JobDisplayName("Traitement du dossier (job {0})")]
    public Task RunAsync(Guid processingJobId, PerformContext? context, CancellationToken cancellationToken) =>
        processor.ProcessAsync(processingJobId, context?.GetJobParameter<int>("RetryCount") ?? 0, cancellationToken);
}
