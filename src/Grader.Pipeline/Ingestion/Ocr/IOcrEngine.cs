namespace Grader.Pipeline.Ingestion.Ocr;

/// <summary>Recognises the text of one page image. Implementations must be safe to call from one thread at a time.</summary>
public interface IOcrEngine
{
    /// <summary>False when the engine is not installed or has no usable language pack; callers then warn instead of recognising.</summary>
    bool IsAvailable { get; }

    /// <summary>
    /// Recognises a PNG page image. Throws <see cref="OcrException"/> when the engine fails or times out, and
    /// <see cref="OperationCanceledException"/> when <paramref name="cancellationToken"/> fires.
    /// </summary>
    OcrPageResult Recognize(byte[] imagePng, CancellationToken cancellationToken);
}
