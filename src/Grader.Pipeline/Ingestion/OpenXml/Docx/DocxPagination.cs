namespace Grader.Pipeline.Ingestion.OpenXml.Docx;

/// <summary>
/// Turns the flat list of blocks into pages. When the document carries no page marker at all (typical of
/// files written by tools other than Word), pages are estimated from the amount of text: about 3 000
/// characters per page, a dense A4 page of a typical dossier in 11–12 pt. Flags follow the block they
/// were raised before.
/// </summary>
internal static class DocxPagination
{
    public const int CharactersPerEstimatedPage = 3000;

    public static (List<DocumentBlock> Blocks, List<DocumentFlag> Flags) ByCharacterCount(
        IReadOnlyList<DocumentBlock> blocks, IReadOnlyList<(DocumentFlag Flag, int Anchor)> flags)
    {
        var result = new List<DocumentBlock>(blocks.Count);
        var characters = 0;
        foreach (var block in blocks)
        {
            int page;
            if (block.Kind is BlockKind.Header or BlockKind.Footer)
            {
                page = block.Page;
            }
            else if (block.Kind == BlockKind.Footnote && result.Count > 0)
            {
                page = result[^1].Page;
            }
            else
            {
                page = 1 + (characters / CharactersPerEstimatedPage);
                characters += block.Text.Length;
            }

            result.Add(block with { Page = page });
        }

        var relocated = flags.Select(f => f.Flag with { Page = PageAt(result, f.Anchor) }).ToList();
        return (result, relocated);
    }

    /// <summary>The page of the block at <paramref name="anchor"/>, or of the last block when past the end.</summary>
    public static int PageAt(IReadOnlyList<DocumentBlock> blocks, int anchor)
    {
        if (blocks.Count == 0)
        {
            return 1;
        }

        return blocks[Math.Clamp(anchor, 0, blocks.Count - 1)].Page;
    }

    public static List<DocumentPage> ToPages(IReadOnlyList<DocumentBlock> blocks)
    {
        var last = blocks.Count == 0 ? 1 : blocks.Max(b => b.Page);
        var byPage = blocks.ToLookup(b => b.Page);
        return Enumerable.Range(1, last)
            .Select(n => new DocumentPage { Number = n, Blocks = byPage[n].ToList() })
            .ToList();
    }
}
