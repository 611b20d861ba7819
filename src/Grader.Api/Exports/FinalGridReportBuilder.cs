using System.Globalization;
using Grader.Api.Review;
using Grader.Persistence;
using Grader.Pipeline.Evaluation.Model;
using Grader.Pipeline.Rubrics;
using Microsoft.EntityFrameworkCore;

namespace Grader.Api.Exports;

/// <summary>
/// Gathers a finalised grid into a <see cref="FinalGridReport"/>: the jury's levels and comments beside the AI proposal
/// they were made against, the bloc decision computed and confirmed, who finalised it, and every reopening.
/// </summary>
public sealed class FinalGridReportBuilder(ReviewSnapshotLoader loader, GraderDbContext db)
{
    public async Task<Outcome<FinalGridReport>> BuildAsync(Guid dossierId, CancellationToken cancellationToken)
    {
        var s = await loader.LoadAsync(dossierId, cancellationToken);
        if (s.Grid is not { IsFinal: true } grid)
        {
            return Outcome.Failure<FinalGridReport>(WorkflowProblem.Conflict(
                "grid-not-final", "La grille de ce dossier n’est pas finalisée : l’export est disponible une fois la grille finalisée par le jury."));
        }

        var finaliser = await db.Users.AsNoTracking().Where(u => u.Id == grid.FinalisedBy).Select(u => u.DisplayName).SingleOrDefaultAsync(cancellationToken);
        var report = new FinalGridReport(
            s.Session.Name,
            s.Epreuve.SourceCode,
            s.Epreuve.Title,
            s.Dossier.Candidate?.PseudonymousId ?? "",
            $"{s.Rubric.Rubric.Title} — version {s.Assessment.RubricVersion}",
            $"{FrenchDates.Long(s.Record.CreatedAt)} — {(s.Assessment.LanguageModelUsed ? "modèle de langue " + (s.Assessment.Provenance.Model ?? s.Assessment.Provider) : "hors ligne, sans modèle de langue (niveaux heuristiques)")}",
            s.Competences.Select(c => Line(c, s.Scale)).ToList(),
            BlocDecisions.Label(grid.ComputedDecision),
            BlocDecisions.Label(grid.BlocDecision),
            grid.DecisionReason,
            ReviewDtoMapper.Explain(s.ComputeBlocDecision()),
            string.IsNullOrWhiteSpace(finaliser) ? grid.FinalisedBy : finaliser,
            grid.FinalisedAt,
            grid.ToGridState(s.People).Reopenings);
        return Outcome.Success(report);
    }

    private static FinalGridLine Line(ReviewedCompetence c, RatingScale scale) => new(
        c.Code,
        c.Competence.Text,
        Proposal(c.Proposal, scale),
        c.Decision?.Level is { } level ? LevelText(level, scale) : "—",
        c.Decision?.Comment ?? "");

    private static string Proposal(CriterionAssessment? proposal, RatingScale scale)
    {
        if (proposal is null)
        {
            return "aucune proposition";
        }

        if (proposal.Status.IsFailed)
        {
            return "évaluation en échec";
        }

        if (proposal.Level is not { } level)
        {
            return proposal.Assessable.IsOralOnly() ? "non évaluable à l’écrit — à apprécier en soutenance" : "aucun niveau proposé";
        }

        var confidence = proposal.Confidence is { } value ? string.Create(FrenchDates.French, $" (confiance {Math.Round(value * 100):0}\u00A0%)") : "";
        return LevelText(level, scale) + confidence;
    }

    private static string LevelText(int level, RatingScale scale) =>
        scale.Find(level)?.Label is { } label ? $"{level} — {label}" : level.ToString(CultureInfo.InvariantCulture);
}
