using System.Text.RegularExpressions;

namespace Grader.Pipeline.Ingestion.Detection;

/// <summary>
/// Decides the format of an uploaded file from its bytes, never from its extension alone: a DOCX saved
/// under a .pdf name is a DOCX, a picture renamed .docx is refused with the list of accepted types.
/// Refusals are <see cref="IngestionException"/>s whose French message tells the candidate what to do.
/// </summary>
public sealed partial class FormatDetector
{
    private const int PdfHeaderWindow = 1024;

    public DocumentFormat Detect(string fileName, byte[] content)
    {
        var name = Path.GetFileName(fileName);
        if (OfficeLockFileDetector.IsLockFile(name, content))
        {
            throw new IngestionException(IngestionErrorKind.OfficeLockFile, IngestionMessages.OfficeLockFile(name));
        }

        if (content.Length == 0)
        {
            throw new IngestionException(IngestionErrorKind.Empty, IngestionMessages.Empty(name));
        }

        // The PDF specification tolerates junk before the header; readers look within the first KiB.
        if (content.AsSpan(0, Math.Min(content.Length, PdfHeaderWindow)).IndexOf("%PDF-"u8) >= 0)
        {
            return DocumentFormat.Pdf;
        }

        if (OfficePackageInspector.IsZip(content))
        {
            return OfficePackageInspector.Inspect(name, content);
        }

        if (CompoundFileInspector.IsCompoundFile(content))
        {
            if (!CompoundFileInspector.HasEncryptionStreams(content))
            {
                throw new IngestionException(IngestionErrorKind.UnsupportedFormat, IngestionMessages.LegacyOffice(name));
            }

            throw CompoundFileInspector.HasRightsManagement(content)
                ? new IngestionException(IngestionErrorKind.RightsManaged, IngestionMessages.RightsManagedOffice(name))
                : new IngestionException(IngestionErrorKind.Encrypted, IngestionMessages.EncryptedOffice(name));
        }

        var text = TextDecoder.TryDecode(content)
            ?? throw new IngestionException(IngestionErrorKind.UnsupportedFormat, IngestionMessages.Unsupported(name));

        var start = text.AsSpan().TrimStart("\uFEFF \t\r\n");
        if (start.IsEmpty)
        {
            throw new IngestionException(IngestionErrorKind.Empty, IngestionMessages.Empty(name));
        }

        // RTF, HTML and XML exports are text too, but read as text they would hand the jury raw markup.
        if (start.StartsWith(@"{\rtf", StringComparison.Ordinal))
        {
            throw new IngestionException(IngestionErrorKind.UnsupportedFormat, IngestionMessages.Rtf(name));
        }

        if (start.StartsWith("<?xml", StringComparison.OrdinalIgnoreCase)
            || start.StartsWith("<!doctype", StringComparison.OrdinalIgnoreCase)
            || start.StartsWith("<html", StringComparison.OrdinalIgnoreCase))
        {
            throw new IngestionException(IngestionErrorKind.UnsupportedFormat, IngestionMessages.Markup(name));
        }

        return IsMarkdown(name, text) ? DocumentFormat.Markdown : DocumentFormat.PlainText;
    }

    private static bool IsMarkdown(string fileName, string text) =>
        fileName.EndsWith(".md", StringComparison.OrdinalIgnoreCase)
        || fileName.EndsWith(".markdown", StringComparison.OrdinalIgnoreCase)
        || MarkdownHeading().IsMatch(text);

    [GeneratedRegex(@"^ {0,3}#{1,6}[ \t]+\S", RegexOptions.Multiline)]
    private static partial Regex MarkdownHeading();
}
