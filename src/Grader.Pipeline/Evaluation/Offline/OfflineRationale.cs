using System.Globalization;
using System.Text;
using Grader.Pipeline.Rubrics;

namespace Grader.Pipeline.Evaluation.Offline;

/// <summary>Writes, in French, what the heuristics found and where, so the juror can check it in seconds.</summary>
public static class OfflineRationale
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    public static string Write(CompetenceEvidence evidence, int level, RatingScale scale)
    {
        var text = new StringBuilder("Niveau indicatif calculé sans modèle de langue, à partir des passages retrouvés. ");
        var label = scale.Find(level)?.Label;
        text.Append(CultureInfo.InvariantCulture, $"Niveau {level}{(label is null ? "" : $" («\u00A0{label}\u00A0»)")}\u00A0: ");
        text.Append(string.Format(French, "{0:P0} des termes des critères retrouvés dans les meilleurs passages", evidence.Coverage));
        text.Append(CultureInfo.InvariantCulture,
            $", {Count(evidence.SupportingPassages, "passage pertinent", "passages pertinents")} dans {Count(evidence.DistinctSections, "section", "sections")}.");
        var supporting = evidence.Supporting.ToList();
        if (supporting.Count == 0)
        {
            text.Append(" Aucun passage ne traite clairement de cette compétence.");
        }
        else
        {
            text.Append(" Éléments relevés\u00A0: ");
            text.Append(string.Join(" ; ", supporting.Select(Describe)));
            text.Append('.');
        }

        if (evidence.MissingCriteria.Count > 0)
        {
            text.Append(CultureInfo.InvariantCulture,
                $" {Count(evidence.MissingCriteria.Count, "critère non retrouvé", "critères non retrouvés")} (voir «\u00A0manques\u00A0»).");
        }

        return text.ToString();
    }

    /// <summary>French number agreement: singular for 0 and 1 (« 0 passage pertinent »), plural from 2.</summary>
    private static string Count(int count, string singular, string plural) =>
        $"{count} {(count < 2 ? singular : plural)}";

    private static string Describe(PassageFinding passage) =>
        passage.Cues.Count == 0
            ? passage.Location + "\u00A0: texte sans chiffre, date, tableau ni source"
            : passage.Location + "\u00A0: " + string.Join(", ", passage.Cues.Order().Select(c => c.Describe()));
}
