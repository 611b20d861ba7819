using System.Security.Cryptography;
using System.Text;
using Grader.Pipeline.Chunking;
using Grader.Pipeline.Evaluation.Llm;
using Grader.Pipeline.Evaluation.Model;
using Grader.Pipeline.Evaluation.Verification;
using Grader.Pipeline.Indexing;
using Grader.Pipeline.Ingestion;

namespace Grader.Pipeline.Evaluation.Orchestration;

/// <summary>
/// Stage one: ingest every file, chunk it, and index all chunks under one dossier id, so that a compétence's
/// evidence may come from the written dossier as well as from its slides or dashboard. Each chunk keeps its
/// file name, and the verifier knows which file a chunk belongs to.
/// </summary>
public sealed class DossierPreparer(DocumentIngestor ingestor, StructureAwareChunker chunker, IChunkIndex index)
{
    /// <param name="indexKey">The index key to use instead of one derived from the content (see <see cref="EvaluationRequest.IndexKey"/>).</param>
    public async Task<PreparedDossier> PrepareAsync(IReadOnlyList<string> paths, StageTimer timer, CancellationToken cancellationToken, string? indexKey = null)
    {
        if (paths.Count == 0)
        {
            throw new EvaluationException("no-file", "Aucun fichier à évaluer : indiquez au moins le dossier écrit du candidat.");
        }

        var documents = timer.Measure("ingestion", () => paths.Select(p => ingestor.Ingest(p, cancellationToken)).ToList());
        var files = timer.Measure("chunking", () => documents.Select(Chunk).ToList());
        var contentHash = ContentHashOf(documents);
        var dossierId = indexKey ?? (documents.Count == 1 ? DossierIndexer.DossierIdFor(documents[0]) : "dossier-" + contentHash[..32]);
        await timer.MeasureAsync("indexation", async () =>
        {
            var chunks = files.SelectMany(f => f.Chunks.Select(c => new IndexedChunk(
                dossierId, c.Id, c.Ordinal, c.Text, c.SectionPath, c.PageStart, c.PageEnd, FileName: f.FileName))).ToList();
            var fingerprint = ChunkSetFingerprint.Compute(chunks);
            if (!await index.ContainsAsync(dossierId, fingerprint, cancellationToken))
            {
                await index.UpsertAsync(dossierId, chunks, fingerprint, cancellationToken);
            }

            return chunks.Count;
        });

        var verifier = timer.Measure("verification", () => new QuoteVerifier(files));
        var context = new DossierContext(contentHash, Outline(documents), FlagFacts(documents));
        return new PreparedDossier(dossierId, contentHash, documents, files, context, OverallFlags.FromDocuments(documents), verifier);
    }

    private DossierFileText Chunk(ParsedDocument document)
    {
        var evaluated = EvaluatedText.From(document);
        return new DossierFileText(document.FileName, evaluated, chunker.CreateChunks(document, evaluated));
    }

    private static string ContentHashOf(List<ParsedDocument> documents) => documents.Count == 1
        ? documents[0].ContentHash
        : Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join("\n", documents.Select(d => d.ContentHash)))));

    private static List<OutlineHeading> Outline(List<ParsedDocument> documents) =>
        documents.SelectMany(d => d.Pages.SelectMany(p => p.Blocks)
                .Where(b => b.Kind == BlockKind.Heading && !string.IsNullOrWhiteSpace(b.Text))
                .Select(b => new OutlineHeading(Math.Max(1, b.Level), documents.Count > 1 ? $"{b.Text.Trim()} ({d.FileName})" : b.Text.Trim(), b.Page)))
            .ToList();

    private static List<IngestionFlagFact> FlagFacts(List<ParsedDocument> documents) =>
        documents.SelectMany(d => d.Flags.Select(f => new IngestionFlagFact(f.Kind, documents.Count > 1 ? $"{f.Detail} ({d.FileName})" : f.Detail, f.Page))).ToList();
}
