using Grader.Pipeline.Indexing;

namespace Grader.Api.DataRights;

/// <summary>
/// Removes a candidate's passages from the chunk index, dossier by dossier (the index keys passages by
/// <c>Dossier.Id</c>). The index is optional in this host: when no <see cref="IChunkIndex"/> is registered, nothing was
/// indexed by it, and the erasure says so instead of failing.
/// </summary>
internal sealed class ChunkIndexEraser(IEnumerable<IChunkIndex> indexes, ILogger<ChunkIndexEraser> logger)
{
    private readonly IChunkIndex? _index = indexes.LastOrDefault();

    public bool Configured => _index is not null;

    /// <returns>How many dossiers were cleared (deleting a dossier the index does not hold is not an error).</returns>
    public async Task<int> ClearAsync(IReadOnlyCollection<Guid> dossierIds, CancellationToken cancellationToken)
    {
        if (_index is null)
        {
            if (dossierIds.Count > 0)
            {
                logger.LogWarning("No chunk index is registered in this host; {Count} dossier(s) had nothing to clear there.", dossierIds.Count);
            }

            return 0;
        }

        foreach (var dossierId in dossierIds)
        {
            await _index.DeleteDossierAsync(dossierId.ToString(), cancellationToken);
        }

        return dossierIds.Count;
    }
}
