using Grader.Persistence.Entities;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore;

namespace Grader.Persistence;

/// <summary>What every save enforces, whatever the provider: AI outputs are never updated, versioned rows get a new version.</summary>
internal static class SaveRules
{
    public static void Apply(ChangeTracker changes)
    {
        foreach (var entry in changes.Entries())
        {
            if (entry is { State: EntityState.Modified, Entity: PreAssessmentRecord })
            {
                throw new InvalidOperationException("A pre-assessment is immutable: store a re-run as a new PreAssessmentRecord.");
            }

            if (entry is { Entity: AuditEntry } && !IsRedaction(entry))
            {
                if (entry.State is EntityState.Modified or EntityState.Deleted)
                {
                    throw new InvalidOperationException("The audit trail is append-only: only the redaction of a payload is allowed.");
                }
            }

            if (entry is { State: EntityState.Modified, Entity: IVersioned versioned })
            {
                // The original value stays in the WHERE clause; a concurrent writer that already bumped it matches no row.
                versioned.Version++;
            }
        }
    }

    // Erasure may blank an entry's payload (personal data) and stamp the time; the hash covers only the payload's digest.
    private static bool IsRedaction(EntityEntry entry) =>
        entry.State == EntityState.Modified
        && entry.Properties.Where(p => p.IsModified).All(p => p.Metadata.Name is nameof(AuditEntry.Payload) or nameof(AuditEntry.RedactedAt))
        && entry.Property(nameof(AuditEntry.Payload)).CurrentValue is null;
}
