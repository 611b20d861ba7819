using System.Globalization;
using Grader.Api.Review;
using Grader.Api.Rubrics;
using Grader.Persistence;
using Grader.Persistence.Entities;
using Grader.Pipeline.Rubrics;
using Microsoft.EntityFrameworkCore;

namespace Grader.Api.Exports;

/// <summary>
/// A session's results, one row per dossier and compétence: the AI level, the jury's level and the bloc decision once the
/// grid is final. Candidates appear by pseudonymous id; their names only when <paramref name="withIdentities"/> (administrators).
/// </summary>
public sealed class SessionResults(GraderDbContext db, RubricStore rubrics)
{
    public async Task<byte[]> WriteCsvAsync(Guid sessionId, bool withIdentities, CancellationToken cancellationToken)
    {
        var session = await db.Sessions.AsNoTracking().SingleOrDefaultAsync(s => s.Id == sessionId, cancellationToken) ?? throw ReviewException.SessionNotFound();
        var dossiers = await db.Dossiers.AsNoTracking().Include(d => d.Candidate).Include(d => d.Decisions)
            .Where(d => d.SessionId == sessionId).ToListAsync(cancellationToken);
        var dossierIds = dossiers.Select(d => d.Id).ToList();
        var records = (await db.PreAssessments.AsNoTracking().Where(p => dossierIds.Contains(p.DossierId)).ToListAsync(cancellationToken))
            .GroupBy(p => p.DossierId)
            .ToDictionary(g => g.Key, g => g.MaxBy(p => p.CreatedAt)!.ToPreAssessment());
        var grids = await db.FinalGrids.AsNoTracking().Where(g => dossierIds.Contains(g.DossierId)).ToDictionaryAsync(g => g.DossierId, cancellationToken);
        var rubric = rubrics.Get(session.RubricId);

        var rows = new List<IReadOnlyList<string?>>();
        foreach (var dossier in dossiers.OrderBy(d => d.Candidate?.PseudonymousId, StringComparer.Ordinal).ThenBy(d => d.Epreuve, StringComparer.Ordinal))
        {
            var epreuve = rubric.FindEpreuve(dossier.Epreuve);
            var grid = grids.GetValueOrDefault(dossier.Id);
            var final = grid is { IsFinal: true };
            records.TryGetValue(dossier.Id, out var assessment);
            foreach (var competence in epreuve?.CompetenceIds.Select(id => rubric.FindCompetence(id)!.Competence) ?? [])
            {
                var key = CompetenceCode.Key(competence.SourceCode);
                var aiLevel = assessment?.Criteria.FirstOrDefault(c => c.CompetenceId == competence.Id || CompetenceCode.Key(c.Code) == key)?.Level;
                var juryLevel = dossier.Decisions.FirstOrDefault(d => CompetenceCode.Key(d.CriterionCode) == key)?.Level;
                var row = new List<string?> { dossier.Candidate?.PseudonymousId };
                if (withIdentities)
                {
                    row.Add(dossier.Candidate?.FullName);
                }

                row.AddRange(
                [
                    epreuve?.SourceCode ?? dossier.Epreuve,
                    competence.SourceCode.TrimEnd('.'),
                    Level(aiLevel),
                    Level(juryLevel),
                    final ? BlocDecisions.Label(grid!.BlocDecision) : null,
                    final ? "finalisée" : "en cours",
                    final ? FrenchDates.Iso(grid!.FinalisedAt) : null,
                ]);
                rows.Add(row);
            }
        }

        return CsvWriter.Write(Headers(withIdentities), rows);
    }

    private static List<string> Headers(bool withIdentities)
    {
        var headers = new List<string> { "Identifiant candidat" };
        if (withIdentities)
        {
            headers.Add("Nom du candidat");
        }

        headers.AddRange(["Épreuve", "Compétence", "Niveau proposé par l’IA", "Niveau du jury", "Décision de bloc", "État de la grille", "Finalisée le (UTC)"]);
        return headers;
    }

    private static string? Level(int? level) => level?.ToString(CultureInfo.InvariantCulture);
}
