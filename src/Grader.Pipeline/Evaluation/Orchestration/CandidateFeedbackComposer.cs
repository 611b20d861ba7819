using System.Text;
using Grader.Pipeline.Evaluation.Model;

namespace Grader.Pipeline.Evaluation.Orchestration;

/// <summary>
/// Stage five: the candidate's overall draft — a short synthesis over the compétences (reports show each
/// compétence's own feedback next to it, so it is not repeated here). Built locally from findings already
/// restored: no call, no personal data leaves the machine. Never a level or a mark.
/// </summary>
public static class CandidateFeedbackComposer
{
    private const int PrioritiesShown = 3;

    public static string Compose(IReadOnlyList<CriterionAssessment> criteria)
    {
        var written = criteria.Where(c => !c.Assessable.IsOralOnly() && !c.Status.IsFailed).ToList();
        if (written.Count == 0)
        {
            return "Aucun retour n’a pu être rédigé à partir du dossier écrit.";
        }

        var text = new StringBuilder();
        var complete = written.Count(c => c.Missing.Count == 0);
        text.Append(complete == written.Count
            ? "Votre dossier aborde tous les attendus des compétences évaluées à l’écrit. "
            : $"Votre dossier aborde tous les attendus de {complete} des {written.Count} compétences évaluées à l’écrit. ");
        var priorities = written.Where(c => c.Missing.Count > 0).OrderByDescending(c => c.Missing.Count).Take(PrioritiesShown).ToList();
        if (priorities.Count > 0)
        {
            text.Append("Pour progresser, complétez en priorité les compétences ")
                .Append(string.Join(", ", priorities.Select(c => $"{c.Code.TrimEnd('.')} ({c.Missing.Count} {(c.Missing.Count == 1 ? "point" : "points")} à développer)")))
                .Append(". ");
        }

        text.Append("Le détail, compétence par compétence, indique ce qui est réussi et comment compléter le reste.");
        if (criteria.Any(c => c.Assessable.IsOralOnly()))
        {
            text.Append(" Certaines compétences seront appréciées lors de la soutenance\u00A0: préparez des exemples concrets tirés de votre expérience.");
        }

        return text.ToString();
    }
}
