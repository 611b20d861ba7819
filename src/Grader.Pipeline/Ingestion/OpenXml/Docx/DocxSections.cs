using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Grader.Pipeline.Ingestion.OpenXml.Docx;

/// <summary>
/// Follows the document's sections: a section break that starts a new page moves the page estimate, and
/// each header or footer is written once, on the first page of the first section that uses it. A section's
/// properties sit at its end (in its last paragraph, or as the body's last child for the final section).
/// </summary>
internal sealed class DocxSections
{
    private readonly DocxContext _context;
    private readonly DocxPageTracker _pages;
    private readonly List<SectionProperties> _sections;
    private readonly HashSet<Uri> _written = [];
    private int _index;

    public DocxSections(DocxContext context, Body body, DocxPageTracker pages)
    {
        _context = context;
        _pages = pages;
        _sections = body.Descendants<SectionProperties>().ToList();
    }

    /// <summary>Writes the first section's headers; call before walking the body.</summary>
    public void Start() => WriteHeadersAndFooters();

    /// <summary>Call after each body paragraph: a paragraph carrying section properties ends a section.</summary>
    public void AfterParagraph(Paragraph paragraph)
    {
        if (paragraph.ParagraphProperties?.SectionProperties is null || _index + 1 >= _sections.Count)
        {
            return;
        }

        _index++;

        // w:type describes how the NEW section starts; absent means "next page".
        var type = _sections[_index].GetFirstChild<SectionType>()?.Val?.Value;
        if (type != SectionMarkValues.Continuous)
        {
            _pages.BreakUnlessAtPageStart();
        }

        WriteHeadersAndFooters();
    }

    private void WriteHeadersAndFooters()
    {
        if (_index >= _sections.Count)
        {
            return;
        }

        var section = _sections[_index];
        var titlePage = section.GetFirstChild<TitlePage>() is { } title && DocxStyles.IsOn(title);
        foreach (var reference in Preferred(section.Elements<HeaderReference>().Select(r => (r.Type?.Value, r.Id?.Value)), titlePage))
        {
            if (_context.Main.GetPartById(reference) is HeaderPart { Header: { } header } part && _written.Add(part.Uri)
                && ReadStory(header) is { } text)
            {
                _context.Output.AddBlock(new DocumentBlock { Kind = BlockKind.Header, Page = _pages.Current, Text = text });
            }
        }

        foreach (var reference in Preferred(section.Elements<FooterReference>().Select(r => (r.Type?.Value, r.Id?.Value)), titlePage))
        {
            if (_context.Main.GetPartById(reference) is FooterPart { Footer: { } footer } part && _written.Add(part.Uri)
                && ReadStory(footer) is { } text)
            {
                _context.Output.PendingFooters.Add(new DocumentBlock { Kind = BlockKind.Footer, Page = _pages.Current, Text = text });
            }
        }
    }

    /// <summary>
    /// The first-page reference when "different first page" is on, then the default one; both are written on
    /// the section's first page (the default one really starts on its second page, a nuance not worth an
    /// estimate). Even-page headers are skipped: they usually repeat what the default one says.
    /// </summary>
    private static IEnumerable<string> Preferred(IEnumerable<(HeaderFooterValues? Type, string? Id)> references, bool titlePage)
    {
        var list = references.Where(r => r.Id is not null).ToList();
        if (titlePage && list.FirstOrDefault(r => r.Type == HeaderFooterValues.First).Id is { } first)
        {
            yield return first;
        }

        if (list.FirstOrDefault(r => r.Type is null || r.Type == HeaderFooterValues.Default).Id is { } main)
        {
            yield return main;
        }
    }

    private string? ReadStory(OpenXmlElement root)
    {
        var blocks = new List<DocumentBlock>();
        var reader = new DocxParagraphReader(_context.Styles, DocxPageTracker.Fixed(_pages.Current), _context.PageBackground);
        new DocxBlockWalker(_context, reader, blocks).Walk(root.ChildElements);
        var text = string.Join("\n", blocks.Select(DocxBlockText.Inline)).Trim();
        return text.Length == 0 ? null : text;
    }
}
