using Grader.Persistence.Entities;
using Grader.Pipeline.Evaluation.Model;
using Grader.Pipeline.Rubrics;

namespace Grader.Api.Review;

/// <summary>Everything a review action reads about one dossier, loaded once: the AI proposal, the decisions and the grid.</summary>
public sealed record ReviewSnapshot(
    Dossier Dossier,
    CertificationSession Session,
    PreAssessmentRecord Record,
    PreAssessment Assessment,
    RubricIndex Rubric,
    Epreuve Epreuve,
    IReadOnlyList<ReviewedCompetence> Competences,
    FinalGrid? Grid)
{
    public RatingScale Scale => Rubric.Rubric.Scale;

    /// <summary>Display names of the accounts that decided, finalised or reopened, by id (<see cref="PeopleNames"/>).</summary>
    public IReadOnlyDictionary<string, string> People { get; init; } = new Dictionary<string, string>();

    public bool IsFinal => Grid is { IsFinal: true };

    /// <summary>The grid's version for optimistic concurrency: 0 before it was ever finalised.</summary>
    public long GridVersion => Grid?.Version ?? 0;

    /// <summary>The compétence a client named, in any spelling the référentiel allows (C.2.2.4, c2.2.4, c-2-2-4), or null.</summary>
    public ReviewedCompetence? Find(string code)
    {
        var placement = Rubric.FindCompetence(code);
        return placement is null ? null : Competences.FirstOrDefault(c => c.Competence.Id == placement.Competence.Id);
    }

    public BlocDecisionResult ComputeBlocDecision() =>
        BlocDecisionRule.Compute(
            Competences.Select(c => (c.Code, c.Decision?.Level)).ToList(),
            Scale.AcquiredFrom,
            Session.AcquiredShareRequired);
}
