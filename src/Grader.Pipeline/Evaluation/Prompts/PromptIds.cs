namespace Grader.Pipeline.Evaluation.Prompts;

/// <summary>The prompt functions the evaluation stage needs; each is a folder of <c>prompts/</c>.</summary>
public static class PromptIds
{
    public const string EvaluateCriterion = "evaluate-criterion";
    public const string CheckDeliverables = "check-deliverables";
    public const string DraftFeedback = "draft-feedback";
    public const string DraftOralQuestions = "draft-oral-questions";

    public static IReadOnlyList<string> All { get; } = [EvaluateCriterion, CheckDeliverables, DraftFeedback, DraftOralQuestions];
}
