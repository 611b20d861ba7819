using Grader.Pipeline.Rubrics;

namespace Grader.Pipeline.Evaluation.Llm;

/// <summary>The rubric as far as prompts and cache keys need it.</summary>
/// <param name="Fingerprint">From <see cref="RubricFingerprint.Compute"/>: a rubric edit invalidates cached results.</param>
/// <param name="Folder">The rubric's folder, where its calibration profiles live (<c>calibration/&lt;version&gt;.json</c>); null when unknown.</param>
public sealed record RubricContext(string Version, string Fingerprint, RatingScale Scale, string? Folder = null);
