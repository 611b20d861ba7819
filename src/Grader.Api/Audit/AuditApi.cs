using Grader.Api.Identity;
using Grader.Persistence;
using Grader.Persistence.Entities;
using Microsoft.EntityFrameworkCore;

namespace Grader.Api.Audit;

/// <summary><c>/api/audit</c>, for administrators: read or export the chain, and check it is intact.</summary>
internal static class AuditApi
{
    private const int MaxLimit = 1000;

    public static void AddAuditTrail(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<IAuditTrail, HashChainedAuditTrail>();
        builder.Services.AddScoped<AuditChainVerifier>();
    }

    public static IEndpointRouteBuilder MapAuditApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/audit").WithTags("Journal d’audit").RequireAuthorization(GraderPolicies.Administrator);

        api.MapGet("/", async (long? after, int? limit, string? entityId, Guid? candidateId, GraderDbContext db, CancellationToken ct) =>
            {
                var query = db.AuditEntries.AsNoTracking().Where(a => a.Sequence > (after ?? 0));
                if (entityId is not null)
                {
                    query = query.Where(a => a.EntityId == entityId);
                }

                if (candidateId is not null)
                {
                    query = query.Where(a => a.CandidateId == candidateId);
                }

                var entries = await query.OrderBy(a => a.Sequence).Take(Math.Clamp(limit ?? 100, 1, MaxLimit)).ToListAsync(ct);
                return TypedResults.Ok(new AuditPage(entries.Select(AuditEntryDto.From).ToList(), entries.Count == 0 ? null : entries[^1].Sequence));
            })
            .WithName("ReadAudit")
            .WithSummary("Entrées du journal à partir d’une position (export par pages : ?after=dernière position lue)");

        api.MapGet("/verify", async (AuditChainVerifier verifier, CancellationToken ct) => TypedResults.Ok(await verifier.VerifyAsync(ct)))
            .WithName("VerifyAudit")
            .WithSummary("Vérifie la chaîne d’empreintes du journal de bout en bout");

        return app;
    }
}

/// <param name="Next">The position to pass as <c>after</c> for the next page; null at the end.</param>
public sealed record AuditPage(IReadOnlyList<AuditEntryDto> Entries, long? Next);

public sealed record AuditEntryDto(
    long Sequence, DateTimeOffset At, string Actor, string Action, string EntityType, string EntityId,
    Guid? SessionId, Guid? CandidateId, string? Payload, string PayloadSha256, DateTimeOffset? RedactedAt, string PreviousHash, string Hash)
{
    public static AuditEntryDto From(AuditEntry e) =>
        new(e.Sequence, e.At, e.Actor, e.Action, e.EntityType, e.EntityId, e.SessionId, e.CandidateId, e.Payload, e.PayloadSha256, e.RedactedAt, e.PreviousHash, e.Hash);
}
