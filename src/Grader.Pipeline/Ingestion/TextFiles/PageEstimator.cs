namespace Grader.Pipeline.Ingestion.TextFiles;

/// <summary>
/// A text file has no pages; the jury still needs "page 3" to find a passage in a printout. One page is
/// taken as about 3 000 characters of the file (a dense A4 page), and the page numbers are marked as estimates.
/// </summary>
internal static class PageEstimator
{
    public const int CharactersPerPage = 3000;

    public static int PageOf(int offset) => 1 + offset / CharactersPerPage;

    /// <summary>Groups blocks into pages; a page never stays empty between two others, even after a long block.</summary>
    public static List<DocumentPage> Paginate(IReadOnlyList<SourceBlock> blocks)
    {
        var pages = new List<DocumentPage>();
        var current = new List<DocumentBlock>();
        var pageNumber = 1;
        foreach (var source in blocks)
        {
            var estimated = Math.Clamp(PageOf(source.Offset), pageNumber, pageNumber + 1);
            if (estimated > pageNumber && current.Count > 0)
            {
                pages.Add(new DocumentPage { Number = pageNumber, Blocks = current });
                current = [];
                pageNumber = estimated;
            }

            current.Add(new DocumentBlock
            {
                Kind = source.Kind,
                Page = pageNumber,
                Text = source.Text,
                Level = source.Level,
                ListLabel = source.ListLabel,
                Rows = source.Rows,
            });
        }

        pages.Add(new DocumentPage { Number = pageNumber, Blocks = current });
        return pages;
    }
}
