using UglyToad.PdfPig;
using UglyToad.PdfPig.Tokens;

namespace Grader.Pipeline.Ingestion.Pdf;

/// <summary>
/// Reads the info dictionary. Title, author and producer are first-class; subject, keywords, creator and custom
/// entries go to <see cref="DocumentMetadata.OtherFields"/>, where the ingestor scans them for hidden content.
/// </summary>
internal static class PdfMetadataReader
{
    private static readonly HashSet<string> FirstClassOrDates = new(StringComparer.Ordinal)
    {
        "Title", "Author", "Producer", "CreationDate", "ModDate", "Trapped",
    };

    public static DocumentMetadata Read(PdfDocument document)
    {
        var info = document.Information;
        var others = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, token) in info.DocumentInformationDictionary?.Data ?? new Dictionary<string, IToken>())
        {
            if (FirstClassOrDates.Contains(key) || ValueOf(token) is not { } value)
            {
                continue;
            }

            others[key] = value;
        }

        return new DocumentMetadata
        {
            Title = Clean(info.Title),
            Author = Clean(info.Author),
            Producer = Clean(info.Producer),
            PageCount = document.NumberOfPages,
            OtherFields = others,
        };
    }

    private static string? ValueOf(IToken token) => token switch
    {
        StringToken s => Clean(s.Data),
        HexToken h => Clean(h.Data),
        NameToken n => Clean(n.Data),
        _ => null,
    };

    private static string? Clean(string? value)
    {
        var trimmed = value?.Replace("\0", string.Empty, StringComparison.Ordinal).Trim();
        return string.IsNullOrEmpty(trimmed) ? null : trimmed;
    }
}
