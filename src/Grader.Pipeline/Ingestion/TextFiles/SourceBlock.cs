namespace Grader.Pipeline.Ingestion.TextFiles;

/// <summary>A block read from a text file, before pages are estimated; <see cref="Offset"/> is where it starts in the file.</summary>
internal sealed record SourceBlock(BlockKind Kind, string Text, int Offset)
{
    public int Level { get; init; }
    public string? ListLabel { get; init; }
    public IReadOnlyList<TableRow>? Rows { get; init; }
}

/// <summary>Content a Markdown renderer never shows (an HTML comment), with where it was.</summary>
internal sealed record HiddenSource(string Text, int Offset);
