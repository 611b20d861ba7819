using Grader.Pipeline.Rubrics;

namespace Grader.Pipeline.Evaluation.Offline;

/// <summary>
/// The evidence the retrieved passages give for one compétence: term coverage, cues, supporting passages and
/// sections, and the criteria whose words were not found. Computed the same way by the evaluator, the
/// feedback drafter and the question drafter, so the three never disagree on what is missing.
/// </summary>
public sealed record CompetenceEvidence(
    IReadOnlyList<PassageFinding> Passages,
    double Coverage,
    IReadOnlySet<EvidenceCueKind> Cues,
    int SupportingPassages,
    int DistinctSections,
    IReadOnlyList<Criterion> FoundCriteria,
    IReadOnlyList<Criterion> MissingCriteria)
{
    public IEnumerable<PassageFinding> Supporting => Passages.Where(p => p.Supports);
}
