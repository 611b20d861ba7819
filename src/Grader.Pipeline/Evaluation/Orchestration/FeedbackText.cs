using System.Text;
using Grader.Pipeline.Evaluation.Llm;

namespace Grader.Pipeline.Evaluation.Orchestration;

/// <summary>Turns a feedback draft into the paragraph a candidate reads: summary, strengths, then what to improve and how.</summary>
public static class FeedbackText
{
    public static string Render(FeedbackDraft draft)
    {
        var text = new StringBuilder(draft.Summary.Trim());
        if (draft.Strengths.Count > 0)
        {
            text.Append("\nPoints forts\u00A0: ").Append(string.Join(" ", draft.Strengths.Select(s => s.Trim())));
        }

        if (draft.Improvements.Count > 0)
        {
            text.Append("\nÀ améliorer\u00A0: ").Append(string.Join(" ", draft.Improvements.Select(i => $"{i.What.Trim()} {i.How.Trim()}")));
        }

        return text.ToString();
    }
}
