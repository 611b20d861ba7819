using Grader.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Grader.Api.DataRights;

/// <summary>One session as retention sees it: from when its candidates' data may go.</summary>
/// <param name="ErasableFrom">Closing date plus retention period; null while the session has no closing date.</param>
public sealed record SessionRetention(Guid SessionId, string Name, DateTimeOffset? ClosesAt, int RetentionDays, DateTimeOffset? ErasableFrom, bool Expired);

/// <summary>
/// Decides which candidates have outlived every session they took part in: each session they are enrolled in (or
/// submitted a dossier to) has closed, longer ago than that session's retention period. The one rule behind both the
/// retention pass and the administration's preview of it.
/// </summary>
public static class RetentionSchedule
{
    public static async Task<List<SessionRetention>> SessionsAsync(GraderDbContext db, DateTimeOffset now, CancellationToken ct)
    {
        // Sessions are few; deciding expiry here keeps date arithmetic out of SQL, where SQLite and PostgreSQL differ.
        var sessions = await db.Sessions.AsNoTracking().Select(s => new { s.Id, s.Name, s.ClosesAt, s.RetentionDays }).ToListAsync(ct);
        return sessions
            .Select(s =>
            {
                var from = s.ClosesAt?.AddDays(s.RetentionDays);
                return new SessionRetention(s.Id, s.Name, s.ClosesAt, s.RetentionDays, from, from is { } f && f <= now);
            })
            .ToList();
    }

    /// <summary>The candidates due for erasure now, given the sessions' retention (<see cref="SessionsAsync"/>).</summary>
    public static Task<List<Guid>> DueCandidatesAsync(GraderDbContext db, IReadOnlyList<SessionRetention> sessions, CancellationToken ct)
    {
        var kept = sessions.Where(s => !s.Expired).Select(s => s.SessionId).ToList();
        return db.Candidates.AsNoTracking()
            .Where(c => db.Enrolments.Any(e => e.CandidateId == c.Id)
                        && !db.Enrolments.Any(e => e.CandidateId == c.Id && kept.Contains(e.SessionId))
                        && !db.Dossiers.Any(d => d.CandidateId == c.Id && kept.Contains(d.SessionId)))
            .Select(c => c.Id).ToListAsync(ct);
    }
}
