using System.IO.Compression;

namespace Grader.Pipeline.Ingestion.Detection;

/// <summary>Tells a DOCX, PPTX or XLSX package apart by its parts, whatever the file is named.</summary>
internal static class OfficePackageInspector
{
    public static ReadOnlySpan<byte> Signature => [0x50, 0x4B, 0x03, 0x04];

    public static bool IsZip(ReadOnlySpan<byte> content) => content.StartsWith(Signature);

    public static DocumentFormat Inspect(string fileName, byte[] content)
    {
        try
        {
            using var archive = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
            var names = archive.Entries.Select(e => e.FullName).ToHashSet(StringComparer.OrdinalIgnoreCase);
            if (names.Contains("[Content_Types].xml"))
            {
                if (names.Contains("word/document.xml"))
                {
                    return DocumentFormat.Docx;
                }

                if (names.Contains("ppt/presentation.xml"))
                {
                    return DocumentFormat.Pptx;
                }

                if (names.Contains("xl/workbook.xml"))
                {
                    return DocumentFormat.Xlsx;
                }
            }

            if (names.Contains("mimetype") && IsOpenDocument(archive.GetEntry("mimetype")))
            {
                throw new IngestionException(IngestionErrorKind.UnsupportedFormat, IngestionMessages.OpenDocument(fileName));
            }

            throw new IngestionException(IngestionErrorKind.UnsupportedFormat, IngestionMessages.UnknownZip(fileName));
        }
        catch (InvalidDataException ex)
        {
            // A DOCX cut short by a failed upload or copy loses its central directory, at the end of the file.
            throw new IngestionException(IngestionErrorKind.Corrupt, IngestionMessages.TruncatedArchive(fileName), ex);
        }
    }

    private static bool IsOpenDocument(ZipArchiveEntry? entry)
    {
        if (entry is null || entry.Length > 256)
        {
            return false;
        }

        using var reader = new StreamReader(entry.Open());
        return reader.ReadToEnd().StartsWith("application/vnd.oasis.opendocument", StringComparison.Ordinal);
    }
}
