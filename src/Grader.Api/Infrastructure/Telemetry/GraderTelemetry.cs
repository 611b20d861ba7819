using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Grader.Api.Infrastructure;

/// <summary>
/// The service's own traces and metrics, under the name <see cref="Name"/> ("Grader"), exported with the
/// framework's when OpenTelemetry is configured (see <c>TelemetryExtensions</c>). Use
/// <c>GraderTelemetry.ActivitySource.StartActivity("evaluate dossier")</c> around a stage, and the instruments
/// below to count and time the work. Tags must never carry personal data (no names, e-mails or file names).
/// </summary>
public static class GraderTelemetry
{
    public const string Name = "Grader";

    private static readonly string? Version = typeof(GraderTelemetry).Assembly.GetName().Version?.ToString();

    public static readonly ActivitySource ActivitySource = new(Name, Version);

    public static readonly Meter Meter = new(Name, Version);

    /// <summary>Dossiers received. Tags: <c>kind</c> (<c>draft</c>/<c>final</c>).</summary>
    public static readonly Counter<long> DossiersUploaded =
        Meter.CreateCounter<long>("grader.dossiers.uploaded", unit: "{dossier}", description: "Dossiers received.");

    /// <summary>Dossiers whose processing ended. Tags: <c>outcome</c> (<c>succeeded</c>/<c>failed</c>), <c>provider</c>.</summary>
    public static readonly Counter<long> DossiersProcessed =
        Meter.CreateCounter<long>("grader.dossiers.processed", unit: "{dossier}", description: "Dossiers whose processing ended, by outcome.");

    /// <summary>Time to draft one pre-assessment, in seconds. Tags: <c>provider</c>, <c>epreuve</c>.</summary>
    public static readonly Histogram<double> EvaluationDuration =
        Meter.CreateHistogram<double>("grader.evaluation.duration", unit: "s", description: "Time to draft one pre-assessment.");
}
