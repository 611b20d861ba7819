using Grader.Pipeline.Evaluation.Model;
using Grader.Pipeline.Rubrics;

namespace Grader.Pipeline.Calibration.Quality;

/// <summary>
/// Lines up a case's labels with Grader's pre-assessment: compétences by rubric id or any spelling of their code,
/// deliverable items by id or folded wording — so that a pre-assessment that spells codes differently still pairs.
/// </summary>
public sealed class CaseComparer(RubricIndex index)
{
    public IReadOnlyList<CriterionComparison> Criteria(EvaluationCase evaluationCase, PreAssessment assessment)
    {
        var byCompetence = new Dictionary<string, CriterionAssessment>(StringComparer.OrdinalIgnoreCase);
        foreach (var criterion in assessment.Criteria)
        {
            var id = index.FindCompetence(criterion.CompetenceId)?.Competence.Id ?? index.FindCompetence(criterion.Code)?.Competence.Id;
            if (id is not null)
            {
                byCompetence.TryAdd(id, criterion);
            }
        }

        return evaluationCase.Labels.Criteria
            .Select(label => CriterionComparison.Of(evaluationCase.Id, label, byCompetence.GetValueOrDefault(label.Competence.Id)))
            .ToList();
    }

    public IReadOnlyList<DeliverableComparison> Deliverables(EvaluationCase evaluationCase, PreAssessment assessment)
    {
        var finder = new DeliverableItemFinder(evaluationCase.Epreuve);
        var byItem = new Dictionary<string, DeliverablePresence>(StringComparer.OrdinalIgnoreCase);
        foreach (var deliverable in assessment.Deliverables)
        {
            var item = finder.Find(deliverable.ItemId) ?? finder.Find(deliverable.Item);
            if (item is not null)
            {
                byItem.TryAdd(item.Id, deliverable.Present);
            }
        }

        return evaluationCase.Labels.Deliverables
            .Select(label => new DeliverableComparison(
                evaluationCase.Id, label.Item, label.Presence, byItem.TryGetValue(label.Item.Id, out var ai) ? ai : null))
            .ToList();
    }
}
