using Grader.Pipeline.Indexing;
using Grader.Pipeline.Indexing.Queries;
using Grader.Pipeline.Rubrics;

namespace Grader.Pipeline.Evaluation.Orchestration;

/// <summary>Stage two, per compétence or deliverable item: its retrieval queries, then a search confined to the dossier.</summary>
public sealed class EvidenceRetriever(DossierIndexer indexer, CompetenceQueryBuilder queries)
{
    public Task<IReadOnlyList<SearchHit>> ForCompetenceAsync(string dossierId, Competence competence, int topK, CancellationToken cancellationToken) =>
        indexer.SearchAsync(dossierId, queries.Build(competence), topK, cancellationToken);

    public async Task<IReadOnlyList<SearchHit>> ForDeliverablesAsync(string dossierId, Epreuve epreuve, int topKPerItem, CancellationToken cancellationToken)
    {
        var hits = new List<SearchHit>();
        foreach (var item in epreuve.AllDeliverables())
        {
            hits.AddRange(await indexer.SearchAsync(dossierId, [item.Text], topKPerItem, cancellationToken));
        }

        // One passage may answer several items: it is given once, at its best score.
        return hits.GroupBy(h => h.ChunkId).Select(g => g.MaxBy(h => h.Score)!).OrderByDescending(h => h.Score).ToList();
    }
}
