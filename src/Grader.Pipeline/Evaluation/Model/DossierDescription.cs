using System.Text.Json.Serialization;
using Grader.Pipeline.Ingestion;

namespace Grader.Pipeline.Evaluation.Model;

/// <summary>One file of the dossier as it was assessed; the hash ties the pre-assessment to exact bytes.</summary>
public sealed record DossierFile(string Name, string Format, int Pages, string ContentHash)
{
    public static DossierFile From(ParsedDocument document) => new(
        document.FileName,
        document.Format.ToString().ToLowerInvariant(),
        document.Metadata.PageCount > 0 ? document.Metadata.PageCount : document.Pages.Count,
        document.ContentHash);
}

/// <summary>The files that form one candidate's dossier (written dossier, visual support, dashboard...).</summary>
public sealed record DossierDescription(IReadOnlyList<DossierFile> Files)
{
    /// <summary>Several files: every quote must name its file for the juror to find it.</summary>
    [JsonIgnore]
    public bool HasSeveralFiles => Files.Count > 1;

    public static DossierDescription From(IEnumerable<ParsedDocument> documents) => new(documents.Select(DossierFile.From).ToList());
}
