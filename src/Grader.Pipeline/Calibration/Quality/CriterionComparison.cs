using Grader.Pipeline.Evaluation.Model;
using Grader.Pipeline.Rubrics;

namespace Grader.Pipeline.Calibration.Quality;

/// <summary>
/// One labelled compétence of one case next to Grader's proposal; <see cref="Exclusion"/> says why it is not a pair.
/// <see cref="SecondHuman"/> is a second juror's independent level, when the labels carry one.
/// </summary>
public sealed record CriterionComparison(
    string CaseId, Competence Competence, int? Human, CriterionAssessment? Ai, PairExclusion? Exclusion, int? SecondHuman = null)
{
    public bool IsPair => Exclusion is null;

    public static CriterionComparison Of(string caseId, LabelledCriterion label, CriterionAssessment? ai)
    {
        PairExclusion? exclusion = label.Level is null ? PairExclusion.HumanNoLevel
            : ai is null ? PairExclusion.NotAssessed
            : ai.Status.IsFailed ? PairExclusion.Failed
            : ai.Level is null ? PairExclusion.AiNoLevel
            : null;
        return new CriterionComparison(caseId, label.Competence, label.Level, ai, exclusion, label.SecondLevel);
    }
}

/// <summary>One labelled deliverable item of one case next to Grader's finding (null when Grader did not report the item).</summary>
public sealed record DeliverableComparison(string CaseId, DeliverableItem Item, DeliverablePresence Human, DeliverablePresence? Ai);
