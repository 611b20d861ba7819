using Grader.Pipeline.Evaluation.Llm;

namespace Grader.Pipeline.Evaluation.Offline;

/// <summary>
/// Told the evidence the offline evaluator read for each compétence. Calibration registers one to fit the level cutoffs
/// on exactly the evidence the product computes; nothing is registered otherwise.
/// </summary>
public interface IOfflineEvidenceObserver
{
    void Observe(CriterionEvaluationRequest request, CompetenceEvidence evidence);
}
