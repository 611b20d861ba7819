using Grader.Pipeline.Rubrics;

namespace Grader.Cli.Commands;

/// <summary>The one-line-per-element outline printed by <c>grader rubric list</c>.</summary>
internal static class RubricListView
{
    public static void Write(Rubric rubric, TextWriter output)
    {
        var scale = string.Join(" · ", rubric.Scale.Levels.OrderBy(l => l.Value).Select(l => $"{l.Value} {l.Label}"));
        output.WriteLine($"{rubric.Title}");
        output.WriteLine($"Référentiel {rubric.Id}, version {rubric.Version} — échelle : {scale} (acquise à partir de {rubric.Scale.AcquiredFrom})");
        foreach (var bloc in rubric.Blocs)
        {
            output.WriteLine();
            output.WriteLine($"{bloc.SourceLabel} : {bloc.Title}");
            foreach (var epreuve in bloc.Epreuves)
            {
                var oral = epreuve.OralDefence ? ", avec soutenance orale" : string.Empty;
                output.WriteLine($"  Épreuve {epreuve.SourceCode} [{epreuve.Id}] — {epreuve.Kind}{oral}");
                foreach (var id in epreuve.CompetenceIds)
                {
                    var competence = bloc.Competences.First(c => c.Id == id);
                    var mode = AssessmentModeText.Short(competence.Assessment.Mode);
                    output.WriteLine($"    {competence.SourceCode,-10} {competence.Id,-9} [{mode,-10}] {TextWrap.Shorten(competence.Text, 70)}");
                }
            }
        }
    }
}
