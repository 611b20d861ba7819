using Grader.Api.Rubrics;
using Grader.Persistence;
using Grader.Persistence.Entities;
using Grader.Pipeline.Evaluation.Model;
using Grader.Pipeline.Rubrics;
using Microsoft.EntityFrameworkCore;

namespace Grader.Api.Review;

/// <summary>
/// Loads a <see cref="ReviewSnapshot"/>: the dossier with its session, its latest pre-assessment (the proposal jurors
/// review), the épreuve's compétences from the rubric, each matched leniently with its proposal and its decision.
/// Tracked, so that an action can change the decisions and the grid it read and save them under their version tokens.
/// </summary>
public sealed class ReviewSnapshotLoader(GraderDbContext db, RubricStore rubrics)
{
    public async Task<ReviewSnapshot> LoadAsync(Guid dossierId, CancellationToken cancellationToken)
    {
        var dossier = await db.Dossiers
            .Include(d => d.Session)
            .Include(d => d.Candidate)
            .SingleOrDefaultAsync(d => d.Id == dossierId, cancellationToken)
            ?? throw ReviewException.DossierNotFound();
        var record = await db.PreAssessments
            .Where(p => p.DossierId == dossierId)
            .OrderByDescending(p => p.CreatedAt)
            .FirstOrDefaultAsync(cancellationToken)
            ?? throw ReviewException.PreAssessmentNotFound();
        var decisions = await db.Decisions.Where(d => d.DossierId == dossierId).ToListAsync(cancellationToken);
        var grid = await db.FinalGrids.Include(g => g.Reopenings).SingleOrDefaultAsync(g => g.DossierId == dossierId, cancellationToken);

        var session = dossier.Session!;
        var rubric = rubrics.ForSession(session);
        var assessment = record.ToPreAssessment();
        var epreuve = rubric.GetEpreuve(dossier.Epreuve);
        var competences = epreuve.CompetenceIds
            .Select(id => rubric.FindCompetence(id)!.Competence)
            .Select(c => new ReviewedCompetence(c, ProposalFor(c, assessment), DecisionFor(c, decisions)))
            .ToList();

        var people = decisions.Select(d => d.AuthorUserId)
            .Concat(grid?.FinalisedBy is { } finaliser ? [finaliser] : [])
            .Concat((grid?.Reopenings ?? []).Select(r => r.ReopenedBy));
        return new ReviewSnapshot(dossier, session, record, assessment, rubric, epreuve, competences, grid)
        {
            People = await PeopleNames.LoadAsync(db, people, cancellationToken),
        };
    }

    private static CriterionAssessment? ProposalFor(Competence competence, PreAssessment assessment) =>
        assessment.Criteria.FirstOrDefault(c => string.Equals(c.CompetenceId, competence.Id, StringComparison.OrdinalIgnoreCase))
        ?? assessment.Criteria.FirstOrDefault(c => SameCode(c.Code, competence.SourceCode));

    private static JurorDecision? DecisionFor(Competence competence, IEnumerable<JurorDecision> decisions) =>
        decisions.FirstOrDefault(d => SameCode(d.CriterionCode, competence.SourceCode));

    // Decisions store the code as written; a client or an older record may have spelt it differently (C3.1.1 / C.3.1.1.).
    private static bool SameCode(string a, string b) =>
        CompetenceCode.Key(a) is { } key ? key == CompetenceCode.Key(b) : string.Equals(a.Trim(), b.Trim(), StringComparison.OrdinalIgnoreCase);
}
