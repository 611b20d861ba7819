using Grader.Pipeline.Rubrics;

namespace Grader.Pipeline.Calibration;

/// <summary>Finds an épreuve's deliverable item (nested ones included) by its rubric id or its folded wording.</summary>
public sealed class DeliverableItemFinder
{
    private readonly Dictionary<string, DeliverableItem> _byId = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, DeliverableItem> _byText = new(StringComparer.Ordinal);

    public DeliverableItemFinder(Epreuve epreuve)
    {
        foreach (var item in epreuve.AllDeliverables())
        {
            _byId[item.Id] = item;
            // First wins: two items worded alike would be a rubric defect, and the id still tells them apart.
            _byText.TryAdd(DeliverableItemText.Fold(item.Text), item);
        }
    }

    public DeliverableItem? Find(string textOrId) =>
        _byId.TryGetValue(textOrId.Trim(), out var byId) ? byId
        : _byText.TryGetValue(DeliverableItemText.Fold(textOrId), out var byText) ? byText
        : null;
}
