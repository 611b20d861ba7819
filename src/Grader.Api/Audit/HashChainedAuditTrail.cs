using System.Text.Json;
using Grader.Persistence;
using Grader.Persistence.Entities;
using Microsoft.EntityFrameworkCore;

namespace Grader.Api.Audit;

/// <summary>
/// Appends to the chain in a context of its own (the caller's pending changes are not saved with it). Two writers
/// racing for the same position both read the same last entry; the primary key on the sequence lets one win and the
/// other retries on the new last entry, so the chain never forks, across instances too.
/// </summary>
internal sealed class HashChainedAuditTrail(IServiceScopeFactory scopes, TimeProvider clock, ILogger<HashChainedAuditTrail> logger) : IAuditTrail
{
    private const int MaxAttempts = 20;
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task AppendAsync(AuditRecord record, CancellationToken cancellationToken)
    {
        var payload = record.Before is null && record.After is null
            ? null
            : JsonSerializer.Serialize(new { before = record.Before, after = record.After }, Json);

        for (var attempt = 1; ; attempt++)
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<GraderDbContext>();
            var last = await db.AuditEntries.AsNoTracking().OrderByDescending(a => a.Sequence)
                .Select(a => new { a.Sequence, a.Hash }).FirstOrDefaultAsync(cancellationToken);

            var entry = new AuditEntry
            {
                Sequence = (last?.Sequence ?? 0) + 1,
                At = WholeMilliseconds(clock.GetUtcNow()),
                Actor = record.Actor,
                Action = record.Action,
                EntityType = record.EntityType,
                EntityId = record.EntityId,
                SessionId = record.SessionId,
                CandidateId = record.CandidateId,
                Payload = payload,
                PayloadSha256 = AuditHash.OfPayload(payload),
                PreviousHash = last?.Hash ?? AuditHash.Genesis,
                Hash = "",
            };
            entry.Hash = AuditHash.Of(entry);
            db.AuditEntries.Add(entry);

            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return;
            }
            catch (DbUpdateException conflict) when (attempt < MaxAttempts)
            {
                logger.LogDebug(conflict, "Audit sequence {Sequence} taken by another writer; retrying.", entry.Sequence);
                await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(5, 25 * attempt)), cancellationToken);
            }
        }
    }

    // The stored time must read back exactly as hashed: SQLite's converter keeps 0.1 ms, PostgreSQL 1 µs; both keep whole ms.
    private static DateTimeOffset WholeMilliseconds(DateTimeOffset at) => new(at.Ticks - at.Ticks % TimeSpan.TicksPerMillisecond, at.Offset);
}
