using Grader.Pipeline.Evaluation.Model;

namespace Grader.Pipeline.Evaluation.Orchestration;

/// <summary>A pre-assessment, or for a dry run only its token budget.</summary>
public sealed record EvaluationResult(PreAssessment? Assessment, DryRunBudget? Budget);
