namespace Grader.Pipeline.Ingestion.OpenXml.Docx;

/// <summary>
/// Estimates the page a DOCX block falls on. A DOCX has no pages, only the markers Word (and sometimes
/// LibreOffice) leaves behind: explicit page breaks, section breaks that start a new page, "page break
/// before" paragraphs and the <c>w:lastRenderedPageBreak</c> markers of Word's last layout. The result is an
/// estimate and is reported as such.
/// </summary>
internal sealed class DocxPageTracker
{
    private readonly int _maxPages;
    private readonly bool _frozen;

    /// <summary>True until visible text is written on the current page; collapses duplicate markers.</summary>
    private bool _atPageStart = true;

    private DocxPageTracker(int startPage, int maxPages, bool frozen)
    {
        Current = startPage;
        _maxPages = maxPages;
        _frozen = frozen;
    }

    public int Current { get; private set; }

    /// <summary>True once any page marker has been seen; without markers, pages come from character counts.</summary>
    public bool SawMarker { get; private set; }

    /// <summary>The tracker of the main text.</summary>
    public static DocxPageTracker ForBody(int maxPages) => new(1, maxPages, frozen: false);

    /// <summary>
    /// A tracker for side stories (headers, notes, text boxes): they are laid out on the page that anchors
    /// them, so their own markers must not move the main text.
    /// </summary>
    public static DocxPageTracker Fixed(int page) => new(page, int.MaxValue, frozen: true);

    /// <summary>An explicit page break always starts a page, even an empty one.</summary>
    public void ExplicitBreak()
    {
        SawMarker = true;
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
        SawMarker = true;
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
    public void MarkText() => _atPageStart = false;

    private void Advance()
    {
        Current++;
        _atPageStart = true;
        OfficePackageGuard.EnsurePageLimit(Current, _maxPages, "pages");
    }
}
