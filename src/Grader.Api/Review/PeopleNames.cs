using Grader.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Grader.Api.Review;

/// <summary>
/// The names jurors read beside a decision, a finalisation or a reopening instead of account ids. An erased account
/// has no name any more: the id stays, and pages say « un compte supprimé ».
/// </summary>
public static class PeopleNames
{
    public static async Task<IReadOnlyDictionary<string, string>> LoadAsync(GraderDbContext db, IEnumerable<string> userIds, CancellationToken cancellationToken)
    {
        var ids = userIds.Where(id => !string.IsNullOrEmpty(id)).Distinct(StringComparer.Ordinal).ToList();
        if (ids.Count == 0)
        {
            return new Dictionary<string, string>();
        }

        var found = await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id))
            .Select(u => new { u.Id, u.DisplayName, u.Email }).ToListAsync(cancellationToken);
        return found.ToDictionary(u => u.Id, u => string.IsNullOrWhiteSpace(u.DisplayName) ? u.Email ?? u.Id : u.DisplayName, StringComparer.Ordinal);
    }
}
