namespace Grader.Pipeline.Rubrics;

/// <summary>Depth-first walks over the nested parts of a rubric (criteria bullets, deliverable sub-items).</summary>
public static class RubricTraversal
{
    public static IEnumerable<Criterion> AllCriteria(this Competence competence) => Flatten(competence.Criteria, c => c.Items);

    public static IEnumerable<DeliverableItem> AllDeliverables(this Epreuve epreuve) => Flatten(epreuve.Deliverables, d => d.Items);

    public static IEnumerable<T> Flatten<T>(IEnumerable<T> items, Func<T, IEnumerable<T>> children)
    {
        foreach (var item in items)
        {
            yield return item;
            foreach (var child in Flatten(children(item), children))
            {
                yield return child;
            }
        }
    }
}
