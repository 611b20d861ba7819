namespace Grader.Pipeline.Ingestion.Ocr;

/// <summary>
/// The OCR engine failed on one page (crash, timeout, unreadable output). Not a user error: the parser
/// catches it, logs the detail and reports the page as unread.
/// </summary>
public sealed class OcrException : Exception
{
    public OcrException(string message, Exception? inner = null)
        : base(message, inner)
    {
    }

    public OcrException()
    {
    }

    public OcrException(string message)
        : base(message)
    {
    }
}
