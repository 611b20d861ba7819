using Grader.Api.Audit;
using Grader.Persistence;
using Grader.Persistence.Entities;
using Microsoft.EntityFrameworkCore;

namespace Grader.Api.ModelProviders;

/// <summary>
/// Stores an administrator's settings for one provider (already validated), encrypting a new key, and audits the change
/// with whether a key exists before and after — never the key itself.
/// </summary>
public sealed class ProviderSettingsEditor(GraderDbContext db, ProviderKeyProtector keys, IAuditTrail audit, TimeProvider clock)
{
    /// <returns>False when another administrator saved the same provider at the same moment: nothing was changed.</returns>
    public async Task<bool> SaveAsync(string provider, UpdateProviderSettingsRequest request, string userId, CancellationToken cancellationToken)
    {
        var row = await db.ProviderSettings.SingleOrDefaultAsync(s => s.Provider == provider, cancellationToken);
        var before = row is null ? null : Summary(row);
        if (row is null)
        {
            row = new ProviderSetting { Provider = provider, UpdatedBy = userId };
            db.ProviderSettings.Add(row);
        }

        row.Endpoint = EmptyAsNull(request.Endpoint);
        row.Model = EmptyAsNull(request.Model);
        // What happened to the key, never the key: kept, replaced or removed.
        var keyChange = "kept";
        if (request.ApiKey is { } key)
        {
            row.ProtectedApiKey = keys.Protect(key);
            keyChange = "replaced";
        }
        else if (request.RemoveApiKey == true && row.ProtectedApiKey is not null)
        {
            row.ProtectedApiKey = null;
            keyChange = "removed";
        }

        row.UpdatedBy = userId;
        row.UpdatedAt = clock.GetUtcNow();
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The version (update) or the primary key (first save) tells that another administrator was first.
            return false;
        }

        await audit.AppendAsync(
            new AuditRecord(userId, "provider.settings-updated", "provider", provider, Before: before, After: new { endpoint = row.Endpoint, model = row.Model, hasStoredApiKey = row.ProtectedApiKey is not null, apiKeyChange = keyChange, revision = row.Version }),
            cancellationToken);
        return true;
    }

    private static object Summary(ProviderSetting row) =>
        new { endpoint = row.Endpoint, model = row.Model, hasStoredApiKey = row.ProtectedApiKey is not null, revision = row.Version };

    private static string? EmptyAsNull(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
