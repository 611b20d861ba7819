namespace Grader.Api.Review;

/// <summary>The audit actions of the review, feedback and export workflow (see <see cref="Audit.AuditRecord"/>).</summary>
public static class AuditActions
{
    public const string DecisionRecorded = "decision.recorded";
    public const string GridFinalised = "grid.finalised";
    public const string GridReopened = "grid.reopened";
    public const string BlocRuleChanged = "bloc-rule.changed";
    public const string FeedbackEdited = "feedback.edited";
    public const string FeedbackReleased = "feedback.released";

    /// <summary>The actor of an automatic release under the session's policy.</summary>
    public const string SystemActor = "system";
}
