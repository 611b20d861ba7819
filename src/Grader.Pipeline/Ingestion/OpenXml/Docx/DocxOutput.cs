namespace Grader.Pipeline.Ingestion.OpenXml.Docx;

/// <summary>Collects the main text's blocks and the flags in document order.</summary>
internal sealed class DocxOutput
{
    public List<DocumentBlock> Blocks { get; } = [];

    public List<DocumentFlag> Flags { get; } = [];

    /// <summary>Notes referenced by the block being read, written right after it.</summary>
    public List<DocumentBlock> PendingNotes { get; } = [];

    /// <summary>Endnotes, written after the last block as a reader finds them at the end of the document.</summary>
    public List<DocumentBlock> Endnotes { get; } = [];

    /// <summary>Footers of the current page's section, written after that page's last block.</summary>
    public List<DocumentBlock> PendingFooters { get; } = [];

    /// <summary>Page where each comment is anchored (first anchor wins).</summary>
    public Dictionary<string, int> CommentPages { get; } = new(StringComparer.Ordinal);

    public void AddFlag(DocumentFlag flag) => Flags.Add(flag);

    /// <summary>Adds a main-text block, first writing out footers of any page it leaves behind.</summary>
    public void AddBlock(DocumentBlock block)
    {
        if (PendingFooters.Count > 0 && Blocks.Count > 0 && block.Page > Blocks[^1].Page)
        {
            FlushFooters();
        }

        Blocks.Add(block);
    }

    public void FlushNotes()
    {
        foreach (var note in PendingNotes)
        {
            Blocks.Add(note);
        }

        PendingNotes.Clear();
    }

    public void FlushFooters()
    {
        var page = Blocks.Count > 0 ? Blocks[^1].Page : 1;
        foreach (var footer in PendingFooters)
        {
            Blocks.Add(footer with { Page = page });
        }

        PendingFooters.Clear();
    }
}
