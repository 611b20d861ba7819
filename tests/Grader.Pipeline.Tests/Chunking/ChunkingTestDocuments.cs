using Grader.Pipeline.Ingestion;

namespace Grader.Pipeline.Tests.Chunking;

// DocumentFormat.OpenXml brings a root namespace of the same name; the alias makes the enum win here.
using DocumentFormat = Grader.Pipeline.Ingestion.DocumentFormat;

/// <summary>Builds parsed documents block by block, as a parser would, for the chunker tests.</summary>
internal sealed class ChunkingTestDocuments
{
    private readonly List<DocumentBlock> _blocks = [];
    private int _page = 1;

    public ChunkingTestDocuments Heading(string text, int level) => Add(BlockKind.Heading, text, level);

    public ChunkingTestDocuments Paragraph(string text) => Add(BlockKind.Paragraph, text);

    public ChunkingTestDocuments NextPage()
    {
        _page++;
        return this;
    }

    public ChunkingTestDocuments Table(IReadOnlyList<IReadOnlyList<string>> rows)
    {
        _blocks.Add(new DocumentBlock
        {
            Kind = BlockKind.Table,
            Page = _page,
            Text = string.Join("\n", rows.Select(r => string.Join(" | ", r))),
            Rows = rows.Select(r => new TableRow(r)).ToList(),
        });
        return this;
    }

    public ParsedDocument Build(string contentHash = "abc123") => new()
    {
        FileName = "dossier.md",
        Format = DocumentFormat.Markdown,
        Metadata = new DocumentMetadata(),
        Pages = _blocks.GroupBy(b => b.Page).Select(g => new DocumentPage { Number = g.Key, Blocks = g.ToList() }).ToList(),
        Flags = [],
        ContentHash = contentHash,
    };

    /// <summary>A sentence of exactly <paramref name="words"/> words, numbered so that every sentence is unique.</summary>
    public static string Sentence(int number, int words = 10) =>
        $"Phrase{number} " + string.Join(' ', Enumerable.Repeat("mot", words - 1)) + ".";

    public static string Sentences(int from, int count, int words = 10) =>
        string.Join(' ', Enumerable.Range(from, count).Select(i => Sentence(i, words)));

    private ChunkingTestDocuments Add(BlockKind kind, string text, int level = 0)
    {
        _blocks.Add(new DocumentBlock { Kind = kind, Page = _page, Text = text, Level = level });
        return this;
    }
}
