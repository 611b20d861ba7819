using Grader.Pipeline.Ingestion;

namespace Grader.Pipeline.Chunking;

/// <summary>
/// The smallest piece the chunker moves as a whole: a heading, a short block, a sentence of a long block,
/// or a row of a large table. Offsets point into the evaluated text.
/// </summary>
internal sealed record ChunkUnit(int Start, int End, int Tokens, BlockKind Kind, int Page)
{
    /// <summary>Table rows are never repeated as overlap: a table part keeps its own rows only.</summary>
    public bool IsTablePart => Kind == BlockKind.Table;
}

/// <summary>The units under one heading (or several tiny headings merged), with the path of headings above them.</summary>
internal sealed record ChunkSection(string Path, IReadOnlyList<ChunkUnit> Units)
{
    public int Tokens => Units.Sum(u => u.Tokens);
}
