using Grader.Pipeline.Rubrics;

namespace Grader.Cli.Commands;

/// <summary>The detail printed by <c>grader rubric show</c> for a compétence or an épreuve.</summary>
internal static class RubricShowView
{
    public static void WriteCompetence(CompetencePlacement placement, RatingScale scale, TextWriter output)
    {
        var (competence, activity, bloc, epreuves) = (placement.Competence, placement.Activity, placement.Bloc, placement.Epreuves);
        output.WriteLine($"Compétence {competence.SourceCode} [{competence.Id}]");
        output.WriteLine($"{bloc.SourceLabel} : {bloc.Title}");
        output.WriteLine($"Activité {activity.SourceCode} {activity.Title}");
        foreach (var epreuve in epreuves)
        {
            output.WriteLine($"Épreuve {epreuve.SourceCode} [{epreuve.Id}] — {epreuve.Kind} : {epreuve.Title}");
        }

        output.WriteLine($"Évaluée {AssessmentModeText.Long(competence.Assessment.Mode)} : {competence.Assessment.Reason}");
        output.WriteLine();
        output.WriteLine(TextWrap.Wrap(competence.Text, "  "));
        output.WriteLine();
        output.WriteLine($"Critères d’évaluation ({competence.Criteria.Count}) :");
        var number = 1;
        foreach (var criterion in competence.Criteria)
        {
            output.WriteLine(TextWrap.Wrap(criterion.Text, $"  {number++}. ").Replace("\n" + $"  {number - 1}. ", "\n     ", StringComparison.Ordinal));
            foreach (var item in criterion.Items)
            {
                output.WriteLine(TextWrap.Wrap(item.Text, "       – "));
            }
        }

        if (competence.Signals.Count > 0)
        {
            output.WriteLine();
            output.WriteLine($"Indices de repérage : {string.Join(" ; ", competence.Signals)}");
        }

        output.WriteLine();
        output.WriteLine($"Échelle : {string.Join(" · ", scale.Levels.OrderBy(l => l.Value).Select(l => $"{l.Value} {l.Label}"))} (acquise à partir de {scale.AcquiredFrom})");
    }

    public static void WriteEpreuve(Epreuve epreuve, RubricIndex index, TextWriter output)
    {
        output.WriteLine($"Épreuve {epreuve.SourceCode} [{epreuve.Id}] — {epreuve.Kind}");
        output.WriteLine(epreuve.Title);
        output.WriteLine();
        output.WriteLine(TextWrap.Wrap(epreuve.Modality, "  "));
        output.WriteLine();
        output.WriteLine(epreuve.DeliverablesIntro ?? "Livrables :");
        WriteDeliverables(epreuve.Deliverables, "  ", output);
        output.WriteLine();
        output.WriteLine(epreuve.OralDefence ? $"Soutenance orale : {epreuve.OralText}" : "Pas de soutenance orale.");
        output.WriteLine();
        output.WriteLine("Compétences évaluées :");
        foreach (var id in epreuve.CompetenceIds)
        {
            var competence = index.GetCompetence(id).Competence;
            output.WriteLine($"  {competence.SourceCode,-10} [{AssessmentModeText.Short(competence.Assessment.Mode),-10}] {TextWrap.Shorten(competence.Text, 80)}");
        }
    }

    private static void WriteDeliverables(IReadOnlyList<DeliverableItem> items, string indent, TextWriter output)
    {
        foreach (var item in items)
        {
            output.WriteLine(TextWrap.Wrap(item.Text, indent + "• "));
            WriteDeliverables(item.Items, indent + "    ", output);
        }
    }
}
