namespace Grader.Pipeline.Ingestion.OpenXml.Docx;

/// <summary>Groups the main text's blocks into pages 1…n, empty pages included (a blank page is a page).</summary>
internal static class DocxPagination
{
    public static List<DocumentPage> ToPages(IReadOnlyList<DocumentBlock> blocks)
    {
        var last = blocks.Count == 0 ? 1 : blocks.Max(b => b.Page);
        var byPage = blocks.ToLookup(b => b.Page);
        return Enumerable.Range(1, last)
            .Select(n => new DocumentPage { Number = n, Blocks = byPage[n].ToList() })
            .ToList();
    }
}
