using System.Collections.Concurrent;
using Grader.Pipeline.Evaluation.Orchestration;

namespace Grader.Pipeline.Tests.Evaluation.Orchestration;

/// <summary>A host (the service's background job) follows an evaluation through <see cref="EvaluationRequest.Progress"/>.</summary>
public sealed class ProgressReportingTests
{
    [Fact]
    public async Task Progress_announces_the_total_then_counts_every_competence_once()
    {
        using var harness = new EvaluationHarness();
        var reports = new ConcurrentQueue<EvaluationProgress>();
        var progress = new SynchronousProgress(reports.Enqueue);

        var assessment = await harness.EvaluateAsync(new EvaluationRequest(
            EvaluationHarness.Rubric, [EvaluationHarness.EvalSetPdf("e2-fort")], Epreuve: "e2", Progress: progress));

        var all = reports.ToList();
        var total = assessment.Criteria.Count;
        Assert.Equal(new EvaluationProgress(0, total), all[0]);
        Assert.All(all, r => Assert.Equal(total, r.CompetencesTotal));
        Assert.Equal(Enumerable.Range(0, total + 1), all.Select(r => r.CompetencesDone).Order());
    }

    [Fact]
    public async Task A_dry_run_reports_no_progress()
    {
        using var harness = new EvaluationHarness();
        var reports = new ConcurrentQueue<EvaluationProgress>();

        var result = await harness.Service.EvaluateAsync(
            new EvaluationRequest(EvaluationHarness.Rubric, [EvaluationHarness.EvalSetPdf("e2-faible")], Epreuve: "e2", DryRun: true,
                Progress: new SynchronousProgress(reports.Enqueue)),
            TestContext.Current.CancellationToken);

        Assert.NotNull(result.Budget);
        Assert.Empty(reports);
    }

    // Progress<T> posts to the thread pool, so its reports may arrive late or reordered: tests want them as they happen.
    private sealed class SynchronousProgress(Action<EvaluationProgress> report) : IProgress<EvaluationProgress>
    {
        public void Report(EvaluationProgress value) => report(value);
    }
}
