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

/// <summary>
/// An <see cref="ICaseEvaluator"/> from a delegate, so that wiring a service is one lambda. <paramref name="owner"/>
/// (typically the service container the delegate resolves from) is disposed with the evaluator.
/// </summary>
public sealed class DelegateCaseEvaluator(Func<EvaluationCase, CancellationToken, Task<PreAssessment>> evaluate, object? owner = null)
    : ICaseEvaluator, IAsyncDisposable
{
    public Task<PreAssessment> EvaluateAsync(EvaluationCase evaluationCase, CancellationToken cancellationToken) =>
        evaluate(evaluationCase, cancellationToken);

    public ValueTask DisposeAsync() => Disposal.DisposeAsync(owner);
}

/// <summary>Disposes whatever an object turns out to be: async-disposable first, then disposable, else nothing.</summary>
public static class Disposal
{
    public static async ValueTask DisposeAsync(object? value)
    {
        switch (value)
        {
            case IAsyncDisposable asyncDisposable:
                await asyncDisposable.DisposeAsync();
                break;
            case IDisposable disposable:
                disposable.Dispose();
                break;
        }
    }
}
