namespace Grader.Pipeline.Calibration.Metrics;

/// <summary>
/// A percentile bootstrap interval: <see cref="Resamples"/> were drawn, of which <see cref="Undefined"/> gave no
/// value (e.g. a resample where both raters used one level) and were left out of the percentiles.
/// </summary>
public sealed record ConfidenceInterval(double Lower, double Upper, double Level, int Resamples, int Undefined);
