using Grader.Pipeline.Calibration;
using Grader.Pipeline.Calibration.Metrics;
using Grader.Pipeline.Calibration.Quality;
using Grader.Pipeline.Rubrics;
using Grader.Pipeline.Rubrics.Loading;

namespace Grader.Cli.Bench.Quality;

/// <summary>Reads the set, has every case evaluated by the evaluator it is given, and computes the report.</summary>
internal static class QualityBench
{
    public static async Task<QualityReport> RunAsync(
        QualityBenchOptions options, CaseEvaluatorFactory evaluators, TextWriter progress, CancellationToken cancellationToken)
    {
        // Labels are checked before any evaluation starts: a typo in case 6 must not surface after five paid runs.
        var rubric = RubricLoader.LoadValid(RubricLocator.ResolveRubricPath(options.Rubric));
        var set = EvaluationSet.Read(options.SetDirectory, rubric);

        var outcomes = await QualityRun.EvaluateAndDisposeAsync(set, evaluators(options.Provider), new Progress(progress), cancellationToken);
        var settings = new QualityReportSettings(options.Command, new BootstrapOptions(options.Resamples, options.Seed));
        return QualityReportBuilder.Build(set, outcomes, settings);
    }

    // Synchronous on purpose: System.Progress<T> posts to the thread pool, and lines could arrive out of order or after the report.
    internal sealed class Progress(TextWriter writer) : IProgress<string>
    {
        public void Report(string value) => writer.WriteLine(value);
    }
}
