using Grader.Api.Audit;
using Grader.Api.Review;
using Grader.Api.Rubrics;
using Grader.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Grader.Api.Sessions;

/// <summary>
/// Changes a session's settings after its creation. What dossiers already depend on is protected: once a dossier
/// exists the référentiel is fixed (its pre-assessments and grids cite that version), and an épreuve that has
/// dossiers cannot be taken out of the session.
/// </summary>
internal sealed class SessionSettingsEditor(GraderDbContext db, RubricStore rubrics, IAuditTrail audit)
{
    public const string UpdatedAction = "session.updated";

    public async Task<Outcome<SessionDto>> UpdateAsync(Guid sessionId, UpdateSessionRequest request, string actor, CancellationToken ct)
    {
        var session = await db.Sessions.SingleOrDefaultAsync(s => s.Id == sessionId, ct)
            ?? throw new SessionException("session-not-found", "Cette session est introuvable.");

        var name = SessionRules.Name(request.Name);
        var retention = SessionRules.RetentionDays(request.RetentionDays
            ?? throw new SessionException("bad-session", "La durée de conservation (retentionDays, en jours) est obligatoire."));
        var blindFirst = request.BlindFirstReview
            ?? throw new SessionException("bad-session", "Le choix de la relecture à l’aveugle (blindFirstReview) est obligatoire.");
        var mode = request.Mode ?? throw new SessionException("bad-session", "Le mode de la session (mode : Formative ou Certifying) est obligatoire.");
        var policy = request.ReleasePolicy
            ?? throw new SessionException("bad-session", "La diffusion des retours (releasePolicy : AfterReview ou Immediate) est obligatoire.");
        SessionRules.Policy(mode, policy);

        var rubricId = request.RubricId?.Trim() is { Length: > 0 } asked ? asked : session.RubricId;
        var rubricChanges = !string.Equals(rubricId, session.RubricId, StringComparison.Ordinal);
        var used = await db.Dossiers.Where(d => d.SessionId == sessionId).Select(d => d.Epreuve).Distinct().ToListAsync(ct);
        if (rubricChanges && used.Count > 0)
        {
            return Outcome.Failure<SessionDto>(WorkflowProblem.Conflict("session-rubric-locked",
                "Des dossiers ont déjà été déposés dans cette session : son référentiel ne peut plus changer."));
        }

        var (index, epreuves) = SessionRules.Rubric(rubrics, rubricId, request.Epreuves ?? (rubricChanges ? null : session.Epreuves));

        var dropped = used.Where(e => !epreuves.Contains(e, StringComparer.OrdinalIgnoreCase)).Order(StringComparer.Ordinal).ToList();
        if (dropped.Count > 0)
        {
            return Outcome.Failure<SessionDto>(WorkflowProblem.Conflict("session-epreuve-in-use",
                $"Des dossiers ont déjà été déposés pour {string.Join(", ", dropped.Select(e => $"l’épreuve {e.ToUpperInvariant()}"))} : elle doit rester dans la session."));
        }

        var before = SessionDto.From(session);
        session.Name = name;
        session.ClosesAt = request.ClosesAt;
        session.RetentionDays = retention;
        session.BlindFirstReview = blindFirst;
        session.Mode = mode;
        session.ReleasePolicy = policy;
        session.Epreuves = epreuves;
        if (rubricChanges || request.MoveToCurrentRubricVersion)
        {
            // A new référentiel is taken at its current version; the same one keeps the version it was pinned to until
            // an administrator moves the session forward (later dossiers then use the new text; earlier pre-assessments
            // keep the version they recorded).
            session.RubricId = index.Rubric.Id;
            session.RubricVersion = index.Rubric.Version;
        }

        await db.SaveChangesAsync(ct);
        var after = SessionDto.From(session);
        await audit.AppendAsync(new AuditRecord(actor, UpdatedAction, "session", session.Id.ToString(), session.Id, Before: before, After: after), ct);
        return Outcome.Success(after);
    }
}
