using Grader.Pipeline.Chunking;
using Grader.Pipeline.Indexing;
using Grader.Pipeline.Indexing.Analysis;
using Grader.Pipeline.Indexing.Embedded;
using Grader.Pipeline.Tests.Chunking;
using Microsoft.Extensions.Options;

namespace Grader.Pipeline.Tests.Indexing;

public sealed class DossierIndexerTests : IDisposable
{
    private readonly string directory = Path.Combine(Path.GetTempPath(), "grader-indexer-" + Guid.NewGuid().ToString("N"));
    private readonly StructureAwareChunker chunker = new(Options.Create(new ChunkingOptions()));

    [Fact]
    public async Task The_same_content_is_indexed_once_then_reused_and_found()
    {
        var indexer = NewIndexer();
        var document = Dossier("0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef");
        var chunks = chunker.CreateChunks(document);

        var first = await indexer.IndexAsync(document, chunks, TestContext.Current.CancellationToken);
        var second = await indexer.IndexAsync(document, chunks, TestContext.Current.CancellationToken);
        var hits = await indexer.SearchAsync(first.DossierId, ["prévisions de dépenses"], 1, TestContext.Current.CancellationToken);

        Assert.False(first.Reused);
        Assert.True(second.Reused);
        Assert.Equal("dossier-0123456789abcdef0123456789abcdef", first.DossierId);
        Assert.Equal(first.DossierId, second.DossierId);
        Assert.Equal(2, Assert.Single(hits).PageStart);
    }

    [Fact]
    public async Task Other_chunks_of_the_same_file_are_indexed_again()
    {
        var indexer = NewIndexer();
        var document = Dossier("feedfacefeedfacefeedfacefeedface");
        await indexer.IndexAsync(document, chunker.CreateChunks(document), TestContext.Current.CancellationToken);

        var fewer = chunker.CreateChunks(document).Take(1).ToList();
        var again = await indexer.IndexAsync(document, fewer, TestContext.Current.CancellationToken);

        Assert.False(again.Reused);
        Assert.Equal(1, again.ChunkCount);
    }

    [Fact]
    public void Indexed_chunks_keep_pages_section_and_file_name()
    {
        var document = Dossier("aa11");
        var chunks = chunker.CreateChunks(document);

        var indexed = DossierIndexer.ToIndexedChunks(document, chunks);

        Assert.All(indexed, c => Assert.Equal("dossier-aa11", c.DossierId));
        Assert.Equal(chunks.Select(c => (c.Id, c.PageStart, c.SectionPath)), indexed.Select(c => (c.ChunkId, c.PageStart, c.SectionPath)));
        Assert.All(indexed, c => Assert.Equal("dossier.md", c.FileName));
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private DossierIndexer NewIndexer() => new(
        new EmbeddedChunkIndex(EmbeddedIndexSettings.InDirectory(directory), new FrenchTextAnalyzer()),
        Options.Create(new IndexOptions { SearchMode = IndexOptions.LexicalMode }));

    private static Grader.Pipeline.Ingestion.ParsedDocument Dossier(string hash) => new ChunkingTestDocuments()
        .Heading("1. Analyse des concurrents", 1)
        .Paragraph("Trois concurrents régionaux se partagent le marché des biscuits artisanaux. " + ChunkingTestDocuments.Sentences(1, 10))
        .NextPage()
        .Heading("2. Prévisions de dépenses", 1)
        .Paragraph("Les dépenses prévues atteignent 48 000 euros, dont la moitié pour le salon. " + ChunkingTestDocuments.Sentences(11, 10))
        .Build(hash);
}
