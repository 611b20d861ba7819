using Grader.Persistence.Entities;
using Grader.Pipeline.Evaluation.Model;
using Grader.Pipeline.Rubrics;

namespace Grader.Api.Review;

/// <summary>One compétence of the épreuve as the jury sees it: the référentiel's text, the AI proposal and the jury's decision.</summary>
public sealed record ReviewedCompetence(Competence Competence, CriterionAssessment? Proposal, JurorDecision? Decision)
{
    /// <summary>The code as the référentiel writes it, which decisions store.</summary>
    public string Code => Competence.SourceCode;
}
