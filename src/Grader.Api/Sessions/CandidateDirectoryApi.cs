using Grader.Api.Common;
using Grader.Api.Identity;
using Grader.Persistence;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Grader.Api.Sessions;

/// <summary>
/// <c>GET /api/candidates?q=…</c>: every candidate record, for an administrator who enrols a candidate already known
/// (a re-sit, another épreuve) instead of creating a second record — and a second account, which the unique e-mail
/// would refuse anyway.
/// </summary>
internal static class CandidateDirectoryApi
{
    public const int MaximumQueryLength = 100;

    public static IEndpointRouteBuilder MapCandidateDirectoryApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/candidates", SearchAsync)
            .RequireAuthorization(GraderPolicies.Administrator)
            .WithTags("Sessions")
            .WithName("SearchCandidates")
            .WithSummary("Rechercher un candidat déjà enregistré (nom, adresse, numéro ou identifiant pseudonyme), avec le nombre de ses inscriptions");
        return app;
    }

    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1862", Justification = "Translated to SQL by EF Core, which has no translation for the StringComparison overloads.")]
    private static async Task<Ok<Page<CandidateSummaryDto>>> SearchAsync(string? q, int? page, int? pageSize, GraderDbContext db, CancellationToken ct)
    {
        var text = (q ?? "").Trim();
        if (text.Length > MaximumQueryLength)
        {
            throw new SessionException("bad-search", $"La recherche tient en {MaximumQueryLength} caractères au plus.");
        }

        var query = db.Candidates.AsNoTracking();
        if (text.Length > 0)
        {
            // lower() on both sides: SQLite's LIKE ignores case for ASCII only and PostgreSQL's not at all.
            var lowered = text.ToLowerInvariant();
            query = query.Where(c =>
                (c.FullName != null && c.FullName.ToLower().Contains(lowered))
                || (c.Email != null && c.Email.ToLower().Contains(lowered))
                || (c.ExternalId != null && c.ExternalId.ToLower().Contains(lowered))
                || c.PseudonymousId.ToLower().Contains(lowered));
        }

        var ordered = query.OrderBy(c => c.FullName).ThenBy(c => c.PseudonymousId)
            .Select(c => new CandidateSummaryDto(c.Id, c.PseudonymousId, c.FullName, c.Email, c.ExternalId, c.UserId != null,
                db.Enrolments.Count(e => e.CandidateId == c.Id)));
        return TypedResults.Ok(await new PageQuery(page, pageSize).ApplyAsync(ordered, ct));
    }
}

/// <summary>A candidate record as the administration's search shows it.</summary>
public sealed record CandidateSummaryDto(Guid Id, string PseudonymousId, string? FullName, string? Email, string? ExternalId, bool HasAccount, int Enrolments);
