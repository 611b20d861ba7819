using Microsoft.Extensions.Logging;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Exceptions;

namespace Grader.Pipeline.Ingestion.Pdf;

/// <summary>
/// Opens a PDF leniently and turns PdfPig's failures into typed, French, user-facing errors; the technical
/// detail goes to the log only.
/// </summary>
internal static class PdfDocumentOpener
{
    private static readonly ParsingOptions Options = new()
    {
        UseLenientParsing = true,
        SkipMissingFonts = true,
    };

    public static PdfDocument Open(ParserInput input, ILogger logger)
    {
        try
        {
            return PdfDocument.Open(input.Content, Options);
        }
        catch (PdfDocumentEncryptedException ex)
        {
            logger.LogInformation(ex, "PDF {FileName} is encrypted", input.FileName);
            throw new IngestionException(IngestionErrorKind.Encrypted, PdfFlags.EncryptedMessage, ex);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            throw Corrupt(input.FileName, ex, logger);
        }
    }

    public static IngestionException Corrupt(string fileName, Exception ex, ILogger logger)
    {
        logger.LogWarning(ex, "PDF {FileName} could not be parsed: {Error}", fileName, ex.Message);
        return new IngestionException(IngestionErrorKind.Corrupt, PdfFlags.CorruptMessage, ex);
    }
}
