namespace Grader.Pipeline.Indexing;

/// <summary>
/// A search inside one dossier. Several queries (e.g. a criterion's wording and its indicators) are each
/// ranked, then fused by reciprocal rank fusion into one list.
/// </summary>
public sealed record SearchRequest(string DossierId, IReadOnlyList<string> Queries, int TopK = 5, SearchMode Mode = SearchMode.Hybrid)
{
    public SearchRequest(string dossierId, string query, int topK = 5, SearchMode mode = SearchMode.Hybrid)
        : this(dossierId, [query], topK, mode)
    {
    }

    /// <summary>The queries that carry text; blank ones are ignored rather than rejected.</summary>
    public IReadOnlyList<string> EffectiveQueries =>
        Queries.Where(q => !string.IsNullOrWhiteSpace(q)).Select(q => q.Trim()).Distinct(StringComparer.Ordinal).ToList();
}
