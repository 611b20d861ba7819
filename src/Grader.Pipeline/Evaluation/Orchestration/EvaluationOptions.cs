namespace Grader.Pipeline.Evaluation.Orchestration;

/// <summary>The evaluation stage's own settings (<c>Grader:Evaluation</c>).</summary>
public sealed class EvaluationOptions
{
    public const string SectionName = "Grader:Evaluation";

    /// <summary>Passages retrieved for each compétence and given to its evaluator: six keep an E2 run near 40,000 input tokens while the offline heuristics read the best five.</summary>
    public int PassagesPerCompetence { get; set; } = 6;

    /// <summary>Passages retrieved for each deliverable item.</summary>
    public int PassagesPerDeliverable { get; set; } = 2;

    /// <summary>
    /// Compétences evaluated at once when the provider is offline (CPU-bound); with a model provider the
    /// limit is <c>Grader:Llm:MaxConcurrency</c>, which also bounds the calls in flight.
    /// </summary>
    public int OfflineConcurrency { get; set; } = Math.Max(1, Environment.ProcessorCount);

    /// <summary>
    /// Level cutoffs of the offline evaluator: <c>auto</c> (default) uses the rubric version's fitted profile
    /// (<c>rubrics/&lt;id&gt;/calibration/&lt;version&gt;.json</c>, written by <c>grader calibrate --fit</c>) when there is one,
    /// <c>none</c> the shipped thresholds, any other value is the path of a profile file.
    /// </summary>
    public string OfflineThresholdsProfile { get; set; } = "auto";
}
