using DocumentFormat.OpenXml.Packaging;
using Microsoft.Extensions.Logging;

namespace Grader.Pipeline.Ingestion.OpenXml;

/// <summary>
/// Opens Office packages the same safe way for every format and turns whatever the SDK or the ZIP layer
/// throws into a typed, French <see cref="IngestionException"/>. The ZIP guard has already run; this is the
/// last line of defence for files that are well-formed ZIPs but broken Office documents.
/// </summary>
internal static class OfficePackageOpener
{
    private static readonly System.Globalization.CultureInfo FrenchCulture =
        System.Globalization.CultureInfo.GetCultureInfo("fr-FR");

    /// <summary>
    /// Settings for a read-only open. A part can hold at most as many characters as the whole package has
    /// uncompressed bytes (UTF-8 needs at least one byte per character), so that limit is a sound cap that
    /// stops the SDK from materialising an oversized part.
    /// </summary>
    public static OpenSettings Settings(IngestionOptions options) => new()
    {
        AutoSave = false,
        MaxCharactersInPart = Math.Max(1, options.MaxUncompressedBytes),
    };

    /// <summary>A non-writable, non-exposable stream over the bytes, so nothing can be written back.</summary>
    public static MemoryStream ReadOnlyStream(ParserInput input) =>
        new(input.Content, 0, input.Content.Length, writable: false, publiclyVisible: false);

    /// <summary>Runs a parse and converts every non-typed failure into <see cref="IngestionErrorKind.Corrupt"/>.</summary>
    public static ParserOutput Run(ILogger logger, ParserInput input, string formatName, Func<ParserOutput> parse)
    {
        try
        {
            return parse();
        }
        catch (IngestionException)
        {
            throw;
        }
        catch (OperationCanceledException)
        {
            throw;
        }
        catch (Exception ex)
        {
            // The detail (exception type, part, offset) is for us; the user only needs to know what to do.
            logger.LogWarning(ex, "Could not read {Format} document {FileName}", formatName, input.FileName);
            throw new IngestionException(
                IngestionErrorKind.Corrupt,
                $"Le fichier {OfficeFlags.Quote(input.FileName)} n’a pas pu être lu comme un document {formatName}\u00a0: "
                + "il semble endommagé ou incomplet. Ouvrez-le dans le logiciel qui l’a créé, "
                + "enregistrez-le de nouveau, puis déposez-le encore une fois.",
                ex);
        }
    }

    /// <summary>Refuses documents with more pages, slides or sheets than the configured limit.</summary>
    public static void EnsurePageLimit(int pages, int maxPages, string unitPlural)
    {
        if (pages > maxPages)
        {
            throw new IngestionException(
                IngestionErrorKind.TooManyPages,
                $"Le document dépasse la limite autorisée de {maxPages.ToString("N0", FrenchCulture)} {unitPlural}. "
                + "Déposez une version plus courte ou découpez-la en plusieurs fichiers.");
        }
    }
}
