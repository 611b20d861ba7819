using Grader.Pipeline.Rubrics;

namespace Grader.Pipeline.Evaluation.Orchestration;

/// <summary>Finds the épreuve to assess from <c>--epreuve ID</c> or <c>--bloc N</c>, with the rubric's own French errors.</summary>
public static class EpreuveResolver
{
    public static Epreuve Resolve(Rubric rubric, string? epreuve, int? bloc)
    {
        if (!string.IsNullOrWhiteSpace(epreuve) && bloc is not null)
        {
            throw new EvaluationException("epreuve-and-bloc", "Indiquez soit l’épreuve (--epreuve), soit le bloc (--bloc), pas les deux.");
        }

        if (!string.IsNullOrWhiteSpace(epreuve))
        {
            return new RubricIndex(rubric).GetEpreuve(epreuve);
        }

        if (bloc is null)
        {
            throw new EvaluationException("no-epreuve", "Indiquez l’épreuve à évaluer (--epreuve, par exemple e2) ou son bloc (--bloc, par exemple 2).");
        }

        var found = rubric.Blocs.FirstOrDefault(b => b.Number == bloc)
            ?? throw new EvaluationException(
                "unknown-bloc",
                $"Aucun bloc n°{bloc} dans le référentiel {rubric.Id} {rubric.Version}. Blocs disponibles : {string.Join(", ", rubric.Blocs.Select(b => b.Number))}.");
        return found.Epreuves.Count switch
        {
            1 => found.Epreuves[0],
            0 => throw new EvaluationException("bloc-without-epreuve", $"Le bloc n°{bloc} n’a pas d’épreuve dans le référentiel."),
            _ => throw new EvaluationException(
                "ambiguous-bloc",
                $"Le bloc n°{bloc} a plusieurs épreuves : {string.Join(" ; ", found.Epreuves.Select(e => $"{e.Id} ({e.Title})"))}. Précisez --epreuve."),
        };
    }
}
