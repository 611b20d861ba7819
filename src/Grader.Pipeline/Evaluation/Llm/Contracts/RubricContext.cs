using Grader.Pipeline.Rubrics;

namespace Grader.Pipeline.Evaluation.Llm;

/// <summary>The rubric as far as prompts and cache keys need it.</summary>
/// <param name="Fingerprint">From <see cref="RubricFingerprint.Compute"/>: a rubric edit invalidates cached results.</param>
public sealed record RubricContext(string Version, string Fingerprint, RatingScale Scale);
