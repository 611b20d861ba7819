using System.Text;
using Grader.Pipeline.Evaluation.Model;

namespace Grader.Pipeline.Evaluation.Orchestration;

/// <summary>
/// Stage five: the candidate's overall draft, put together from each compétence's feedback (already
/// restored, so no call and no personal data leaves the machine here). Never a level or a mark.
/// </summary>
public static class CandidateFeedbackComposer
{
    public static string Compose(IReadOnlyList<CriterionAssessment> criteria)
    {
        var written = criteria.Where(c => !c.Assessable.IsOralOnly() && !c.Status.IsFailed && !string.IsNullOrWhiteSpace(c.Feedback)).ToList();
        var text = new StringBuilder("Retour formatif (brouillon à relire et valider par le jury avant diffusion).");
        if (written.Count == 0)
        {
            return text.Append(" Aucun retour n’a pu être rédigé à partir du dossier écrit.").ToString();
        }

        foreach (var criterion in written)
        {
            text.Append("\n\n").Append(criterion.Code.TrimEnd('.')).Append("\u00A0— ").Append(criterion.Feedback.Trim());
        }

        if (criteria.Any(c => c.Assessable.IsOralOnly()))
        {
            text.Append("\n\nCertaines compétences seront appréciées lors de la soutenance orale\u00A0: préparez des exemples concrets tirés de votre expérience.");
        }

        return text.ToString();
    }
}
