namespace Grader.Api.Review;

// Bodies of the review endpoints. Versions are optional in the body because the If-Match header may carry them instead.

/// <param name="Level">On the rubric's scale; null records a comment only (the compétence stays undecided).</param>
/// <param name="Version">The decision's version the juror saw (0 or absent when there was none).</param>
public sealed record RecordDecisionRequest(int? Level, string? Comment, long? Version);

/// <param name="BlocDecision"><c>acquis</c> or <c>non-acquis</c>; absent confirms the computed decision.</param>
/// <param name="Comment">Required when the jury overrides the computed decision: the reason.</param>
/// <param name="Version">The grid version the juror saw (0 before the first finalisation).</param>
public sealed record FinaliseRequest(string? BlocDecision, string? Comment, long? Version);

public sealed record ReopenRequest(string? Reason, long? Version);

public sealed record BlocRuleRequest(double AcquiredShareRequired);

public sealed record BlocRuleDto(Guid SessionId, double AcquiredShareRequired);
