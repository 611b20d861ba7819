namespace Grader.Pipeline.Ingestion.OpenXml.Docx;

/// <summary>How a block reads when it is folded into a larger one (a table cell, a note, a header).</summary>
internal static class DocxBlockText
{
    public static string Inline(DocumentBlock block) =>
        block.ListLabel is { } label ? $"{label} {block.Text}" : block.Text;
}
