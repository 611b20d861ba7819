using System.Text.Json.Serialization;
using Grader.Pipeline.Ingestion;

namespace Grader.Cli.Rendering;

/// <summary>
/// The JSON shape of <c>grader parse --format json</c>: the document model as is, except that every flag
/// carries its <c>page</c>, null for document-wide flags, as the evaluate contract describes flags.
/// </summary>
internal static class DocumentJson
{
    public static string Serialize(ParsedDocument document) => CliJson.Serialize(new
    {
        document.FileName,
        document.Format,
        document.ContentHash,
        document.PageNumbersEstimated,
        document.Metadata,
        document.Pages,
        Flags = document.Flags.Select(f => new FlagJson(f.Kind, f.Page, f.Detail, f.Content)),
    });

    private sealed record FlagJson(
        string Kind,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] int? Page,
        string Detail,
        string? Content);
}
