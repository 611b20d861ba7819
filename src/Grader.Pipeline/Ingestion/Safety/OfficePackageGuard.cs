using System.IO.Compression;
using System.Xml;

namespace Grader.Pipeline.Ingestion.Safety;

/// <summary>
/// Checks a DOCX, PPTX or XLSX package before an Office parser opens it: entry count, total and per-entry
/// uncompressed size, compression ratio (zip bombs) and XML depth. The declared sizes are checked first,
/// without decompressing anything; the XML parts are then read through a bounded stream so that a header
/// lying about its size cannot make the check itself the bomb.
/// </summary>
public sealed class OfficePackageGuard(IngestionOptions options)
{
    /// <summary>Below this size an entry cannot hurt, whatever its ratio: repetitive small XML compresses very well.</summary>
    private const long RatioCheckThreshold = 1024 * 1024;

    public void Check(string fileName, byte[] content, CancellationToken cancellationToken)
    {
        var name = Path.GetFileName(fileName);
        try
        {
            using var archive = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
            CheckDeclaredSizes(name, archive);
            CheckXmlParts(name, archive, cancellationToken);
        }
        catch (InvalidDataException ex)
        {
            throw new IngestionException(IngestionErrorKind.Corrupt, IngestionMessages.TruncatedArchive(name), ex);
        }
        catch (XmlException ex)
        {
            throw new IngestionException(IngestionErrorKind.Corrupt, IngestionMessages.Corrupt(name), ex);
        }
        catch (BoundedReadStream.LimitExceededException ex)
        {
            throw new IngestionException(IngestionErrorKind.ZipBomb, IngestionMessages.ZipBomb(name, options.MaxUncompressedBytes), ex);
        }
    }

    private void CheckDeclaredSizes(string name, ZipArchive archive)
    {
        if (archive.Entries.Count > options.MaxZipEntries)
        {
            throw new IngestionException(IngestionErrorKind.ZipBomb, IngestionMessages.TooManyEntries(name, options.MaxZipEntries));
        }

        long total = 0;
        foreach (var entry in archive.Entries)
        {
            total += entry.Length;
            var ratio = entry.Length / (double)Math.Max(entry.CompressedLength, 1);
            if (total > options.MaxUncompressedBytes || (entry.Length > RatioCheckThreshold && ratio > options.MaxCompressionRatio))
            {
                throw new IngestionException(IngestionErrorKind.ZipBomb, IngestionMessages.ZipBomb(name, options.MaxUncompressedBytes));
            }
        }
    }

    private void CheckXmlParts(string name, ZipArchive archive, CancellationToken cancellationToken)
    {
        foreach (var entry in archive.Entries.Where(IsXmlPart))
        {
            cancellationToken.ThrowIfCancellationRequested();

            // The declared size already passed the checks above, so it is the most this entry may yield.
            using var stream = new BoundedReadStream(entry.Open(), entry.Length);
            if (!XmlDepthChecker.IsWithinDepth(stream, options.MaxXmlDepth, cancellationToken))
            {
                throw new IngestionException(IngestionErrorKind.XmlTooDeep, IngestionMessages.XmlTooDeep(name, options.MaxXmlDepth));
            }
        }
    }

    private static bool IsXmlPart(ZipArchiveEntry entry) =>
        entry.FullName.EndsWith(".xml", StringComparison.OrdinalIgnoreCase)
        || entry.FullName.EndsWith(".rels", StringComparison.OrdinalIgnoreCase)
        || entry.FullName.EndsWith(".vml", StringComparison.OrdinalIgnoreCase);
}
