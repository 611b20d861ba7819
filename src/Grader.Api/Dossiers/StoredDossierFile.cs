using System.Security.Claims;
using Grader.Api.Access;
using Grader.Persistence;
using Grader.Persistence.Entities;
using Microsoft.EntityFrameworkCore;

namespace Grader.Api.Dossiers;

/// <summary>The one lookup of a dossier's stored file, shared by the raw file and its preview: same readers, same 404.</summary>
internal static class StoredDossierFile
{
    /// <summary>The file's row, once the caller may read the dossier; throws <see cref="AccessDeniedException"/> (404) otherwise.</summary>
    public static async Task<DossierFile> FindAsync(
        Guid dossierId, Guid fileId, ClaimsPrincipal caller, IResourceAccess access, GraderDbContext db, CancellationToken ct)
    {
        await access.EnsureCanReadDossierAsync(caller, dossierId, ct);
        return await db.DossierFiles.AsNoTracking().SingleOrDefaultAsync(f => f.Id == fileId && f.DossierId == dossierId, ct)
            ?? throw new AccessDeniedException("Ce fichier");
    }
}
