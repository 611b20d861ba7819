using Grader.Pipeline.Evaluation.Model;

namespace Grader.Pipeline.Privacy;

/// <summary>
/// Restores personal data in everything a juror reads of a compétence's assessment. Run it before
/// <c>EvidencePolicy</c>: quotes are verified against the original dossier, which holds the real values.
/// </summary>
public static class PreAssessmentRestorer
{
    public static CriterionAssessment Restore(CriterionAssessment assessment, Pseudonymizer pseudonymizer) => assessment with
    {
        Rationale = pseudonymizer.Depseudonymize(assessment.Rationale),
        Evidence = assessment.Evidence.Select(e => e with { Quote = pseudonymizer.Depseudonymize(e.Quote) }).ToList(),
        Missing = assessment.Missing.Select(pseudonymizer.Depseudonymize).ToList(),
        Feedback = pseudonymizer.Depseudonymize(assessment.Feedback),
        OralQuestions = assessment.OralQuestions.Select(pseudonymizer.Depseudonymize).ToList(),
        Flags = assessment.Flags.Select(f => f with { Detail = pseudonymizer.Depseudonymize(f.Detail) }).ToList(),
    };

    public static DeliverableAssessment Restore(DeliverableAssessment deliverable, Pseudonymizer pseudonymizer) => deliverable with
    {
        Evidence = deliverable.Evidence.Select(e => e with { Quote = pseudonymizer.Depseudonymize(e.Quote) }).ToList(),
    };

    public static PreAssessment Restore(PreAssessment assessment, Pseudonymizer pseudonymizer) => assessment with
    {
        Criteria = assessment.Criteria.Select(c => Restore(c, pseudonymizer)).ToList(),
        Deliverables = assessment.Deliverables.Select(d => Restore(d, pseudonymizer)).ToList(),
        Flags = assessment.Flags.Select(f => f with { Detail = pseudonymizer.Depseudonymize(f.Detail) }).ToList(),
        CandidateFeedback = pseudonymizer.Depseudonymize(assessment.CandidateFeedback),
    };
}
