using System.Collections.Concurrent;
using Grader.Pipeline.Evaluation.Model;
using Grader.Pipeline.Evaluation.Orchestration;

namespace Grader.Pipeline.Tests.Evaluation.Orchestration;

/// <summary>Offline pre-assessments of eval-set dossiers, each computed once per test class.</summary>
public sealed class OfflineEvalSetFixture : IDisposable
{
    private readonly ConcurrentDictionary<string, Lazy<Task<PreAssessment>>> results = new();

    public EvaluationHarness Harness { get; } = new();

    /// <summary>The case's pre-assessment for its épreuve (from the case name: e1-… or e2-…).</summary>
    public Task<PreAssessment> For(string caseName) =>
        results.GetOrAdd(caseName, name => new Lazy<Task<PreAssessment>>(() => Harness.EvaluateAsync(
            new EvaluationRequest(EvaluationHarness.Rubric, [EvaluationHarness.EvalSetPdf(name)], Epreuve: name[..2])))).Value;

    public void Dispose() => Harness.Dispose();
}
