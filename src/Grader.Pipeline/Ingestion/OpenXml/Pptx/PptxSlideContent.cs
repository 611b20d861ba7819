namespace Grader.Pipeline.Ingestion.OpenXml.Pptx;

/// <summary>What one slide yields before the parser decides whether it is shown.</summary>
internal sealed class PptxSlideContent
{
    public string? Title { get; set; }

    public List<DocumentBlock> Blocks { get; } = [];

    public List<DocumentFlag> Flags { get; } = [];
}
