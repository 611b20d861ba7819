namespace Grader.Pipeline.Ingestion;

/// <summary>Limits and switches of the ingestion stage (configuration section <c>Grader:Ingestion</c>).</summary>
public sealed class IngestionOptions
{
    public const string SectionName = "Grader:Ingestion";

    /// <summary>Largest file accepted, in bytes (default 50 MB).</summary>
    public long MaxFileBytes { get; set; } = 50L * 1024 * 1024;

    /// <summary>Most pages (PDF pages, slides, sheets, estimated DOCX pages) read from one document.</summary>
    public int MaxPages { get; set; } = 500;

    /// <summary>Wall-clock limit for parsing one document, OCR included.</summary>
    public TimeSpan ParseTimeout { get; set; } = TimeSpan.FromSeconds(120);

    /// <summary>Largest total uncompressed size of a ZIP-based document (DOCX, PPTX, XLSX).</summary>
    public long MaxUncompressedBytes { get; set; } = 512L * 1024 * 1024;

    /// <summary>Largest ratio of uncompressed to compressed size for one ZIP entry (zip bombs).</summary>
    public double MaxCompressionRatio { get; set; } = 200;

    /// <summary>Most entries in a ZIP-based document; real documents have tens, a few thousand at most.</summary>
    public int MaxZipEntries { get; set; } = 10_000;

    /// <summary>Deepest XML nesting accepted inside Office documents.</summary>
    public int MaxXmlDepth { get; set; } = 256;

    /// <summary>Run Tesseract on pages without a usable text layer when it is installed.</summary>
    public bool OcrEnabled { get; set; } = true;

    /// <summary>The Tesseract executable (a name looked up on PATH, or a full path).</summary>
    public string TesseractPath { get; set; } = "tesseract";

    /// <summary>Tesseract language packs, e.g. <c>fra+eng</c>; missing packs are dropped with a warning.</summary>
    public string OcrLanguages { get; set; } = "fra+eng";

    /// <summary>Time limit for recognising one page.</summary>
    public TimeSpan OcrPageTimeout { get; set; } = TimeSpan.FromSeconds(60);
}
