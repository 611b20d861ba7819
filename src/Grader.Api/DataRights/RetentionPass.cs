using Grader.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Grader.Api.DataRights;

/// <summary>What one retention pass did.</summary>
public sealed record RetentionPassResult(IReadOnlyList<Guid> Erased, IReadOnlyList<Guid> Failed);

/// <summary>
/// Erases the candidates whose data has outlived every session they took part in: each session they are enrolled in
/// (or submitted a dossier to) has closed, longer ago than that session's retention period. A candidate still in one
/// open session, or one whose session has no closing date yet, is kept whole. Candidates are erased one by one with
/// <see cref="CandidateErasure"/>, each in a scope of its own, so one failure does not stop the others.
/// </summary>
public sealed class RetentionPass(IServiceScopeFactory scopes, TimeProvider clock, ILogger<RetentionPass> logger)
{
    public const string Actor = "system";
    public const string Reason = "durée de conservation écoulée";

    public async Task<RetentionPassResult> RunAsync(CancellationToken cancellationToken)
    {
        var due = await DueCandidatesAsync(cancellationToken);
        var erased = new List<Guid>();
        var failed = new List<Guid>();
        foreach (var candidateId in due)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<CandidateErasure>().EraseAsync(candidateId, Actor, Reason, cancellationToken);
                erased.Add(candidateId);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // Left for the next pass, which starts the erasure again from where it stopped.
                logger.LogError(e, "Retention: erasing candidate {CandidateId} failed.", candidateId);
                failed.Add(candidateId);
            }
        }

        if (due.Count > 0)
        {
            logger.LogInformation("Retention pass: {Erased} candidate(s) erased, {Failed} failed.", erased.Count, failed.Count);
        }

        return new RetentionPassResult(erased, failed);
    }

    private async Task<List<Guid>> DueCandidatesAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GraderDbContext>();

        // Sessions are few; deciding expiry here keeps date arithmetic out of SQL, where SQLite and PostgreSQL differ.
        var now = clock.GetUtcNow();
        var sessions = await db.Sessions.AsNoTracking().Select(s => new { s.Id, s.ClosesAt, s.RetentionDays }).ToListAsync(ct);
        var kept = sessions.Where(s => s.ClosesAt is not { } closed || closed.AddDays(s.RetentionDays) > now).Select(s => s.Id).ToList();

        return await db.Candidates.AsNoTracking()
            .Where(c => db.Enrolments.Any(e => e.CandidateId == c.Id)
                        && !db.Enrolments.Any(e => e.CandidateId == c.Id && kept.Contains(e.SessionId))
                        && !db.Dossiers.Any(d => d.CandidateId == c.Id && kept.Contains(d.SessionId)))
            .Select(c => c.Id).ToListAsync(ct);
    }
}
