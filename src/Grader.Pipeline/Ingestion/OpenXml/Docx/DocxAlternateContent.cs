using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Grader.Pipeline.Ingestion.OpenXml.Docx;

/// <summary>
/// Markup-compatibility blocks carry the same content twice (a modern Choice and a legacy Fallback, e.g.
/// a DrawingML text box and its VML copy). Reading both would duplicate the text, so exactly one is read.
/// </summary>
internal static class DocxAlternateContent
{
    /// <summary>The children of the first Choice, or of the Fallback when there is no Choice.</summary>
    public static IEnumerable<OpenXmlElement> Branch(AlternateContent alternate)
    {
        OpenXmlElement? branch = alternate.GetFirstChild<AlternateContentChoice>();
        branch ??= alternate.GetFirstChild<AlternateContentFallback>();
        return branch?.ChildElements ?? Enumerable.Empty<OpenXmlElement>();
    }

    /// <summary>
    /// The text boxes inside a drawing, VML picture or alternate content, outermost only: a text box nested in
    /// another is read when its parent's content is walked.
    /// </summary>
    public static IEnumerable<TextBoxContent> TextBoxesIn(OpenXmlElement element)
    {
        switch (element)
        {
            case TextBoxContent textBox:
                yield return textBox;
                yield break;
            case AlternateContent alternate:
                foreach (var child in Branch(alternate))
                {
                    foreach (var textBox in TextBoxesIn(child))
                    {
                        yield return textBox;
                    }
                }

                yield break;
            default:
                foreach (var child in element.ChildElements)
                {
                    foreach (var textBox in TextBoxesIn(child))
                    {
                        yield return textBox;
                    }
                }

                yield break;
        }
    }
}
