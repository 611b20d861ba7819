namespace Grader.Pipeline.Calibration;

/// <summary>
/// Creates the evaluator of a calibration run for a provider (<c>offline</c>, <c>openai</c>...; null: the configured
/// one). The caller disposes the evaluator when it is <see cref="IDisposable"/> or <see cref="IAsyncDisposable"/>,
/// so a factory may build a whole service container per run.
/// </summary>
public delegate ICaseEvaluator CaseEvaluatorFactory(string? provider);
