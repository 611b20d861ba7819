using Grader.Pipeline.Ingestion;

namespace Grader.Pipeline.Evaluation.Model;

/// <summary>
/// Builds the top-level flag list: the documents' own flags (hidden text, injection, OCR...) first, then the
/// flags of each compétence, so that a consumer reading only <c>flags</c> misses nothing.
/// </summary>
public static class OverallFlags
{
    /// <summary>An ingestion flag as the juror sees it, naming its file when the dossier has several.</summary>
    public static AssessmentFlag FromDocument(DocumentFlag flag, string fileName) => new()
    {
        Kind = flag.Kind,
        Page = flag.Page,
        File = fileName,
        Detail = flag.Detail,
    };

    public static IReadOnlyList<AssessmentFlag> FromDocuments(IEnumerable<ParsedDocument> documents) =>
        documents.SelectMany(d => d.Flags.Select(f => FromDocument(f, d.FileName))).ToList();

    /// <summary>Dossier-level flags, then every criterion's flags (with their compétence code), without duplicates.</summary>
    public static IReadOnlyList<AssessmentFlag> Compute(IEnumerable<AssessmentFlag> dossierFlags, IEnumerable<CriterionAssessment> criteria) =>
        dossierFlags
            .Concat(criteria.SelectMany(c => c.Flags.Select(f => f with { Criterion = f.Criterion ?? c.Code })))
            .Distinct()
            .ToList();

    /// <summary>Replaces the assessment's flags by <see cref="Compute"/> over its dossier-level flags and criteria.</summary>
    public static PreAssessment Refresh(PreAssessment assessment) => assessment with
    {
        Flags = Compute(assessment.Flags.Where(f => f.Criterion is null), assessment.Criteria),
    };

    /// <summary>How many flags of each kind, in order of first appearance: the banner of a report.</summary>
    public static IReadOnlyList<(string Kind, int Count)> CountByKind(IEnumerable<AssessmentFlag> flags) =>
        flags.GroupBy(f => f.Kind).Select(g => (g.Key, g.Count())).ToList();
}
