using Grader.Pipeline.Evaluation.Model;
using Grader.Pipeline.Evaluation.Prompts;

namespace Grader.Pipeline.Evaluation.Orchestration;

/// <summary>One compétence's assessment with the prompts it used and the tokens it cost, for provenance.</summary>
public sealed record CriterionRun(CriterionAssessment Assessment, IReadOnlyList<PromptProvenance> Prompts, TokenCounts Tokens, string? Model);
