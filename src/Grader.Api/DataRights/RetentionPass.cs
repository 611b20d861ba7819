using Grader.Persistence;

namespace Grader.Api.DataRights;

/// <summary>What one retention pass did.</summary>
/// <param name="Counts">What each erasure removed, in the order of <paramref name="Erased"/> (numbers only).</param>
public sealed record RetentionPassResult(IReadOnlyList<Guid> Erased, IReadOnlyList<Guid> Failed, IReadOnlyList<ErasureCounts>? Counts = null);

/// <summary>
/// Erases the candidates whose data has outlived every session they took part in: each session they are enrolled in
/// (or submitted a dossier to) has closed, longer ago than that session's retention period. A candidate still in one
/// open session, or one whose session has no closing date yet, is kept whole. Candidates are erased one by one with
/// <see cref="CandidateErasure"/>, each in a scope of its own, so one failure does not stop the others. Which candidates
/// are due is <see cref="RetentionSchedule"/>'s rule.
/// </summary>
public sealed class RetentionPass(IServiceScopeFactory scopes, TimeProvider clock, ILogger<RetentionPass> logger)
{
    public const string Actor = "system";
    public const string Reason = "durée de conservation écoulée";

    public Task<RetentionPassResult> RunAsync(CancellationToken cancellationToken) => RunAsync(Actor, cancellationToken);

    /// <param name="actor">Who the erasures are recorded for: <see cref="Actor"/>, or the administrator who asked for the pass.</param>
    public async Task<RetentionPassResult> RunAsync(string actor, CancellationToken cancellationToken)
    {
        var due = await DueCandidatesAsync(cancellationToken);
        var erased = new List<Guid>();
        var failed = new List<Guid>();
        var counts = new List<ErasureCounts>();
        foreach (var candidateId in due)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var summary = await scope.ServiceProvider.GetRequiredService<CandidateErasure>().EraseAsync(candidateId, actor, Reason, cancellationToken);
                erased.Add(candidateId);
                counts.Add(summary.Counts);
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

        return new RetentionPassResult(erased, failed, counts);
    }

    private async Task<List<Guid>> DueCandidatesAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GraderDbContext>();
        return await RetentionSchedule.DueCandidatesAsync(db, await RetentionSchedule.SessionsAsync(db, clock.GetUtcNow(), ct), ct);
    }
}
