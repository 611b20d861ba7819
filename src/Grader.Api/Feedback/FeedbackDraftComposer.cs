using System.Text;
using Grader.Pipeline.Evaluation.Model;

namespace Grader.Api.Feedback;

/// <summary>
/// The first text of a candidate's feedback, before anyone edits it: the evaluation's overall draft, then each
/// compétence's own formative note. Never a level or a mark: the candidate reads advice, the jury decides.
/// </summary>
public static class FeedbackDraftComposer
{
    public const string OfflineNotice =
        "Ce retour a été préparé sans modèle de langage (mode hors ligne) : ses indications sont heuristiques.";

    public static string Compose(PreAssessment assessment)
    {
        var text = new StringBuilder(assessment.CandidateFeedback.Trim());
        var perCompetence = assessment.Criteria.Where(c => !string.IsNullOrWhiteSpace(c.Feedback)).ToList();
        if (perCompetence.Count > 0)
        {
            text.Append("\n\nCompétence par compétence\n");
            foreach (var criterion in perCompetence)
            {
                text.Append('\n').Append(criterion.Code.TrimEnd('.')).Append("\u00A0: ").Append(criterion.Feedback.Trim());
            }
        }

        if (!assessment.LanguageModelUsed)
        {
            // Every output of the offline mode says so, this one included: it may reach the candidate unedited.
            text.Append("\n\n").Append(OfflineNotice);
        }

        return text.ToString().Trim();
    }
}
