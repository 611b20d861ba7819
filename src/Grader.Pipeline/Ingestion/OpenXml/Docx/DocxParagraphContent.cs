using System.Text;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Grader.Pipeline.Ingestion.OpenXml.Docx;

/// <summary>What one paragraph yields: its visible text, its hidden text by reason, and what it anchors.</summary>
internal sealed class DocxParagraphContent
{
    public StringBuilder Visible { get; } = new();

    public Dictionary<HiddenReason, StringBuilder> Hidden { get; } = [];

    /// <summary>The page of the first visible character; a break before any text moves the paragraph.</summary>
    public int? FirstTextPage { get; set; }

    public List<string> FootnoteIds { get; } = [];

    public List<string> EndnoteIds { get; } = [];

    public List<string> CommentIds { get; } = [];

    /// <summary>Text boxes anchored in this paragraph, read after it.</summary>
    public List<TextBoxContent> TextBoxes { get; } = [];

    /// <summary>The reason of the last hidden text appended, or null after visible text.</summary>
    private HiddenReason? _lastSegment;

    public void AppendVisible(string text)
    {
        Visible.Append(text);
        _lastSegment = null;
    }

    public void AppendHidden(HiddenReason reason, string text)
    {
        if (!Hidden.TryGetValue(reason, out var builder))
        {
            builder = new StringBuilder();
            Hidden[reason] = builder;
        }

        // Two hidden fragments separated by other text must not be glued into one word.
        if (_lastSegment != reason && builder.Length > 0 && !char.IsWhiteSpace(builder[^1]))
        {
            builder.Append(' ');
        }

        builder.Append(text);
        _lastSegment = reason;
    }
}
