using Grader.Pipeline.Chunking;
using Grader.Pipeline.Indexing;
using Grader.Pipeline.Indexing.Queries;
using Grader.Pipeline.Ingestion;
using Grader.Pipeline.Rubrics;

namespace Grader.Cli.Bench.Retrieval;

/// <summary>
/// Parses and chunks each case exactly as <c>grader search</c> does, and turns each labelled compétence
/// into the queries the evaluator will send (<see cref="CompetenceQueryBuilder"/>): the benchmark measures
/// the product's retrieval, not a variant written for it.
/// </summary>
internal sealed class CasePreparer(DocumentIngestor ingestor, StructureAwareChunker chunker, RubricIndex rubric, CompetenceQueryBuilder queries)
{
    public PreparedCase Prepare(BenchmarkCase benchmarkCase, ICollection<string> unknownCodes, CancellationToken cancellationToken)
    {
        var document = ingestor.Ingest(benchmarkCase.DossierPath, cancellationToken);
        var chunks = DossierIndexer.ToIndexedChunks(document, chunker.CreateChunks(document));
        var questions = new List<CompetenceQuestion>();
        foreach (var evidence in benchmarkCase.Evidence)
        {
            var placement = rubric.FindCompetence(evidence.CompetenceCode);
            if (placement is null)
            {
                unknownCodes.Add($"{benchmarkCase.Id} : {evidence.CompetenceCode}");
                continue;
            }

            questions.Add(new CompetenceQuestion(
                placement.Competence.SourceCode,
                queries.Build(placement.Competence),
                evidence.Quotes.Select(q => q.Quote).ToList()));
        }

        return new PreparedCase(benchmarkCase.Id, DossierIndexer.DossierIdFor(document), document.Pages.Count, chunks, questions);
    }
}
