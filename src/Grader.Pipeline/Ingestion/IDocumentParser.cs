namespace Grader.Pipeline.Ingestion;

/// <summary>What a format parser receives: the bytes, already checked for size and type.</summary>
public sealed record ParserInput(string FileName, byte[] Content, IngestionOptions Options);

/// <summary>
/// What a format parser returns. Hidden content (white or tiny text, vanish runs, text outside the page)
/// must not appear in <see cref="Pages"/>; it goes into <see cref="Flags"/> with its content and page.
/// </summary>
public sealed record ParserOutput
{
    public required IReadOnlyList<DocumentPage> Pages { get; init; }
    public DocumentMetadata Metadata { get; init; } = new();
    public IReadOnlyList<DocumentFlag> Flags { get; init; } = [];
    public bool PageNumbersEstimated { get; init; }
}

/// <summary>One decoder per format; the ingestor picks it by the detected format.</summary>
public interface IDocumentParser
{
    DocumentFormat Format { get; }

    /// <summary>
    /// Parses the document. Throws <see cref="IngestionException"/> for documents the user must fix
    /// (encrypted, corrupt...). Must honour <paramref name="cancellationToken"/> between pages.
    /// </summary>
    ParserOutput Parse(ParserInput input, CancellationToken cancellationToken);
}
