using Hangfire;
using Hangfire.Server;

namespace Grader.Api.Processing;

/// <summary>
/// The Hangfire entry point, kept to one method so that the serialised job names a stable signature. Retries are
/// Hangfire's (delays below); how many of them a transient failure gets is <see cref="JobsOptions.MaxRetries"/>,
/// which <see cref="DossierProcessor"/> checks: a user's mistake is never retried.
/// </summary>
/// <remarks>
/// The work stops only when the service stops, not on Hangfire's job cancellation token: that token also fires when
/// the storage hands the same job to a second worker (SQLite storage re-fetches a job running longer than its
/// invisibility timeout), which would abort a healthy run. The processing row's lease arbitrates instead.
/// </remarks>
public sealed class ProcessDossierJob(DossierProcessor processor, IHostApplicationLifetime lifetime)
{
    [AutomaticRetry(Attempts = JobsOptionsValidator.RetryCeiling, DelaysInSeconds = [5, 20, 60, 120, 300, 600, 600, 600, 600, 600], OnAttemptsExceeded = AttemptsExceededAction.Fail)]
    [JobDisplayName("Traitement du dossier (job {0})")]
    public Task RunAsync(Guid processingJobId, PerformContext? context) =>
        processor.ProcessAsync(processingJobId, context?.GetJobParameter<int>("RetryCount") ?? 0, lifetime.ApplicationStopping);
}
