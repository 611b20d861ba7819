using Qdrant.Client.Grpc;
using static Qdrant.Client.Grpc.Conditions;

namespace Grader.Pipeline.Indexing.Qdrant;

/// <summary>The payload filters the index sends; every read and delete goes through one of them.</summary>
public static class QdrantFilters
{
    /// <summary>Only this dossier's points — applied to every prefetch, so no other dossier can rank.</summary>
    public static Filter ForDossier(string dossierId) => new() { Must = { MatchKeyword(QdrantFields.DossierId, dossierId) } };

    /// <summary>This dossier's points indexed under this content hash.</summary>
    public static Filter ForDossierContent(string dossierId, string contentHash) => new()
    {
        Must = { MatchKeyword(QdrantFields.DossierId, dossierId), MatchKeyword(QdrantFields.ContentHash, contentHash) },
    };

    /// <summary>This dossier's points other than <paramref name="keep"/>: the stale ones after a re-upsert.</summary>
    public static Filter ForDossierExcept(string dossierId, IReadOnlyList<Guid> keep)
    {
        var filter = ForDossier(dossierId);
        if (keep.Count > 0)
        {
            filter.MustNot.Add(HasId(keep));
        }

        return filter;
    }
}
