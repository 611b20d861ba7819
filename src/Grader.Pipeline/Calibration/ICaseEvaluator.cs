using Grader.Pipeline.Evaluation.Model;

namespace Grader.Pipeline.Calibration;

/// <summary>
/// Produces Grader's pre-assessment of one case: the seam between calibration and the evaluation pipeline.
/// In the product it wraps the pre-assessment service (dossier file, épreuve, provider); tests give fakes.
/// An evaluator that is <see cref="IDisposable"/> or <see cref="IAsyncDisposable"/> is disposed by whoever created it.
/// </summary>
public interface ICaseEvaluator
{
    Task<PreAssessment> EvaluateAsync(EvaluationCase evaluationCase, CancellationToken cancellationToken);
}

/// <summary>An <see cref="ICaseEvaluator"/> from a delegate, so that wiring a service is one lambda.</summary>
public sealed class DelegateCaseEvaluator(Func<EvaluationCase, CancellationToken, Task<PreAssessment>> evaluate) : ICaseEvaluator
{
    public Task<PreAssessment> EvaluateAsync(EvaluationCase evaluationCase, CancellationToken cancellationToken) =>
        evaluate(evaluationCase, cancellationToken);
}
