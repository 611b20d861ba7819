namespace Grader.Persistence.Entities;

/// <summary>When a candidate may read the feedback drafted for them.</summary>
public enum ReleasePolicy
{
    /// <summary>Only once a juror or the pedagogical team has reviewed and released it.</summary>
    AfterReview,
    /// <summary>As soon as the evaluation has produced it (formative sessions only).</summary>
    Immediate,
}
