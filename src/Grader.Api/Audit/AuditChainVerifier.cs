using Grader.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Grader.Api.Audit;

/// <summary>The result of walking the chain: where it breaks, if it does.</summary>
public sealed record AuditVerification(bool Intact, long Entries, long? FirstBrokenSequence, string? Problem);

/// <summary>Walks the whole chain in order, recomputing every hash and link, reading in batches to bound memory.</summary>
internal sealed class AuditChainVerifier(GraderDbContext db)
{
    private const int BatchSize = 1000;

    public async Task<AuditVerification> VerifyAsync(CancellationToken cancellationToken)
    {
        var previousHash = AuditHash.Genesis;
        long expected = 1, count = 0;
        while (true)
        {
            var from = expected;
            var batch = await db.AuditEntries.AsNoTracking().Where(a => a.Sequence >= from)
                .OrderBy(a => a.Sequence).Take(BatchSize).ToListAsync(cancellationToken);
            if (batch.Count == 0)
            {
                return new AuditVerification(true, count, null, null);
            }

            foreach (var entry in batch)
            {
                string? problem = null;
                if (entry.Sequence != expected)
                {
                    problem = $"Entrée {expected} manquante.";
                }
                else if (entry.PreviousHash != previousHash)
                {
                    problem = "Le lien vers l’entrée précédente ne correspond pas.";
                }
                else if (entry.Payload is not null && AuditHash.OfPayload(entry.Payload) != entry.PayloadSha256)
                {
                    problem = "Le contenu de l’entrée a été modifié.";
                }
                else if (AuditHash.Of(entry) != entry.Hash)
                {
                    problem = "L’empreinte de l’entrée ne correspond pas à ses champs.";
                }

                if (problem is not null)
                {
                    return new AuditVerification(false, count, expected, problem);
                }

                previousHash = entry.Hash;
                expected++;
                count++;
            }
        }
    }
}
