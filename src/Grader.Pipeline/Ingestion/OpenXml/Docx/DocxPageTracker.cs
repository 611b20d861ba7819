namespace Grader.Pipeline.Ingestion.OpenXml.Docx;

/// <summary>
/// Estimates the page a DOCX block falls on. A DOCX has no pages, only the markers its writer leaves behind:
/// explicit page breaks, section breaks that start a new page, "page break before" paragraphs and, when Word
/// laid the document out, a <c>w:lastRenderedPageBreak</c> at the top of every page it rendered.
/// <para>
/// When there are rendered breaks we trust them. When there are none (LibreOffice, Google Docs, generated
/// files), the explicit breaks alone would put a 40-page report after its cover page on page 2, so we also
/// start a new page, at the next block boundary, once about 3 000 characters have been written on the
/// current one (a dense A4 page of a typical dossier in 11–12 pt). With no marker at all, this is a pure
/// character-count estimate. Either way the numbers are estimates, and reported as such.
/// </para>
/// </summary>
internal sealed class DocxPageTracker
{
    public const int CharactersPerEstimatedPage = 3000;

    private readonly int _maxPages;
    private readonly bool _frozen;
    private readonly bool _estimateFromText;

    /// <summary>True until visible text is written on the current page; collapses duplicate markers.</summary>
    private bool _atPageStart = true;

    private int _charactersOnPage;

    private DocxPageTracker(int startPage, int maxPages, bool frozen, bool estimateFromText)
    {
        Current = startPage;
        _maxPages = maxPages;
        _frozen = frozen;
        _estimateFromText = estimateFromText;
    }

    public int Current { get; private set; }

    /// <param name="hasRenderedBreaks">True when the document carries Word's rendered page breaks.</param>
    public static DocxPageTracker ForBody(int maxPages, bool hasRenderedBreaks) =>
        new(1, maxPages, frozen: false, estimateFromText: !hasRenderedBreaks);

    /// <summary>
    /// A tracker for side stories (headers, notes, text boxes): they are laid out on the page that anchors
    /// them, so their own markers must not move the main text.
    /// </summary>
    public static DocxPageTracker Fixed(int page) => new(page, int.MaxValue, frozen: true, estimateFromText: false);

    /// <summary>An explicit page break always starts a page, even an empty one.</summary>
    public void ExplicitBreak()
    {
        if (!_frozen)
        {
            Advance();
        }
    }

    /// <summary>
    /// A section break or a "page break before" paragraph starts a new page unless we are already at the top
    /// of one (Word does not insert a blank page for them).
    /// </summary>
    public void BreakUnlessAtPageStart()
    {
        if (!_frozen && !_atPageStart)
        {
            Advance();
        }
    }

    /// <summary>
    /// Word writes a rendered page break at the top of every laid-out page, including right after an explicit
    /// break; counting both would skip a page, hence the same rule as <see cref="BreakUnlessAtPageStart"/>.
    /// </summary>
    public void RenderedBreak() => BreakUnlessAtPageStart();

    /// <summary>Called when visible text is written on the current page.</summary>
    public void MarkText(int characters)
    {
        _atPageStart = false;
        _charactersOnPage += characters;
    }

    /// <summary>Between two blocks of the main text: starts a new page when the current one is full.</summary>
    public void AtBlockBoundary()
    {
        if (!_frozen && _estimateFromText && _charactersOnPage >= CharactersPerEstimatedPage)
        {
            Advance();
        }
    }

    private void Advance()
    {
        Current++;
        _atPageStart = true;
        _charactersOnPage = 0;
        OfficePackageOpener.EnsurePageLimit(Current, _maxPages, "pages");
    }
}
