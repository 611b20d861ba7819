namespace Grader.Pipeline.Ingestion.Ocr;

/// <summary>One recognised text line; lines sharing <see cref="Paragraph"/> belong to the same paragraph.</summary>
public sealed record OcrLine(int Paragraph, string Text);

/// <summary>What OCR made of a page: its lines in reading order and the mean word confidence (0 to 1).</summary>
public sealed record OcrPageResult(IReadOnlyList<OcrLine> Lines, double MeanConfidence, int WordCount)
{
    public static OcrPageResult Empty { get; } = new([], 0, 0);

    public bool HasText => WordCount > 0;
}
