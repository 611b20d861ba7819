using Grader.Api.Rubrics;
using Grader.Persistence;
using Grader.Persistence.Entities;
using Grader.Pipeline.Calibration.Session;
using Grader.Pipeline.Evaluation.Model;
using Grader.Pipeline.Rubrics;
using Microsoft.EntityFrameworkCore;

namespace Grader.Api.Calibration;

/// <summary>
/// Gathers a session's pairs — the AI's level from each finalised dossier's latest pre-assessment, the jury's from its
/// decisions — and computes the agreement with <see cref="SessionAgreement"/>. Dossiers whose grid is not final (never
/// finalised, or reopened) do not count: their levels may still change.
/// </summary>
public sealed class SessionAgreementBuilder(GraderDbContext db, RubricStore rubrics)
{
    public async Task<SessionAgreementDto> BuildAsync(Guid sessionId, CancellationToken cancellationToken)
    {
        var session = await db.Sessions.AsNoTracking().SingleAsync(s => s.Id == sessionId, cancellationToken);
        var index = rubrics.Get(session.RubricId);

        var dossiers = await db.Dossiers.AsNoTracking()
            .Where(d => d.SessionId == sessionId && db.FinalGrids.Any(g => g.DossierId == d.Id && g.IsFinal))
            .Select(d => new { d.Id, d.Epreuve, Candidate = d.Candidate!.PseudonymousId })
            .ToListAsync(cancellationToken);
        var ids = dossiers.Select(d => d.Id).ToList();

        // The latest record is chosen here: SQLite cannot order by a DateTimeOffset column.
        var records = await db.PreAssessments.AsNoTracking().Where(r => ids.Contains(r.DossierId)).ToListAsync(cancellationToken);
        var proposals = records.GroupBy(r => r.DossierId).ToDictionary(g => g.Key, g => g.MaxBy(r => r.CreatedAt)!.ToPreAssessment());
        var decisions = await db.Decisions.AsNoTracking().Where(d => ids.Contains(d.DossierId)).ToListAsync(cancellationToken);
        var authorIds = decisions.Select(d => d.AuthorUserId).Distinct().ToList();
        var names = await db.Users.AsNoTracking().Where(u => authorIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);

        var byId = dossiers.ToDictionary(d => d.Id);
        var observations = decisions
            .Select(d => new AgreementObservation(
                d.DossierId, byId[d.DossierId].Candidate, d.CriterionCode,
                proposals.TryGetValue(d.DossierId, out var proposal) ? AiLevel(proposal, d.CriterionCode, index) : null,
                d.Level, d.BlindLevel, d.AuthorUserId, d.Comment))
            .ToList();
        var report = SessionAgreement.Compute(observations, index.Rubric.Scale);

        string? NameOf(string userId) => names.TryGetValue(userId, out var name) && name.Length > 0 ? name : null;
        return new SessionAgreementDto(
            session.Id, session.Name, session.RubricId, session.BlindFirstReview, dossiers.Count, report.Observations, report.Excluded,
            report.Overall,
            report.Criteria.Select(c => new CriterionAgreementDto(
                index.FindCompetence(c.Key)?.Competence.SourceCode ?? c.Key, index.FindCompetence(c.Key)?.Competence.Text, c.Metrics)).ToList(),
            report.Jurors.Select(j => new JurorAgreementDto(j.Key, NameOf(j.Key), j.Metrics)).ToList(),
            report.Blind,
            report.Disagreements.Select(d => new DisagreementDto(
                d.DossierId, d.CandidateId, byId[d.DossierId].Epreuve,
                index.FindCompetence(d.CompetenceCode)?.Competence.SourceCode ?? d.CompetenceCode,
                d.AiLevel!.Value, d.JuryLevel!.Value, d.BlindLevel, d.JurorId, NameOf(d.JurorId), d.Comment ?? "",
                ReviewUrl(d.DossierId))).ToList());
    }

    public static string ReviewUrl(Guid dossierId) => $"/api/dossiers/{dossierId}/review";

    // Decisions record the code as the référentiel writes it; the proposal may spell it otherwise or carry the id.
    private static int? AiLevel(PreAssessment proposal, string code, RubricIndex index)
    {
        var wanted = index.FindCompetence(code)?.Competence.Id;
        return proposal.Criteria.FirstOrDefault(c =>
            (wanted is not null && (c.CompetenceId == wanted || index.FindCompetence(c.Code)?.Competence.Id == wanted))
            || string.Equals(c.Code, code, StringComparison.Ordinal))?.Level;
    }
}
