using Grader.Pipeline.Indexing;

namespace Grader.Pipeline.Evaluation.Offline;

/// <summary>What one retrieved passage shows for a compétence: how many of its terms, and which cues.</summary>
public sealed record PassageFinding(SearchHit Hit, TermSet Terms, int CompetenceTermsFound, double Coverage, IReadOnlySet<EvidenceCueKind> Cues, bool Supports)
{
    /// <summary>« p. 4, section 2.3 Budget » — where a juror finds it.</summary>
    public string Location
    {
        get
        {
            var pages = Hit.PageStart == Hit.PageEnd || Hit.PageEnd <= 0 ? $"p.\u00A0{Hit.PageStart}" : $"p.\u00A0{Hit.PageStart}-{Hit.PageEnd}";
            var section = Hit.SectionPath.Split(" > ", StringSplitOptions.RemoveEmptyEntries).LastOrDefault();
            return string.IsNullOrWhiteSpace(section) ? pages : $"{pages}, section «\u00A0{section.Trim()}\u00A0»";
        }
    }
}
