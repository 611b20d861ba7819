using System.Text.RegularExpressions;

namespace Grader.Pipeline.Rubrics;

/// <summary>
/// Checks what the YAML shape cannot: unique ids, compétences with criteria, épreuves pointing at existing
/// compétences, a sane scale and a usable version. Every problem names the file and line of the element.
/// </summary>
public static partial class RubricValidator
{
    public static IReadOnlyList<RubricProblem> Validate(Rubric rubric, SourceLocation manifest)
    {
        var problems = new List<RubricProblem>();
        void Report(SourceLocation at, string message) => problems.Add(new RubricProblem(at.File, at.Line, message));

        if (rubric.Version.Length > 0 && !VersionPattern().IsMatch(rubric.Version))
        {
            Report(manifest, $"version « {rubric.Version} » invalide : attendu un numéro sémantique (1.2.0) ou une date (2026-11-26).");
        }

        ValidateScale(rubric.Scale, manifest, Report);
        ValidateUniqueIds(rubric, Report);

        var competenceIds = rubric.Competences.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        var assessed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var bloc in rubric.Blocs)
        {
            if (bloc.Activities.Count == 0)
            {
                Report(bloc.Location, $"le bloc « {bloc.Id} » ne contient aucune activité.");
            }

            foreach (var competence in bloc.Competences.Where(c => c.Criteria.Count == 0))
            {
                Report(competence.Location, $"la compétence {competence.SourceCode} ({competence.Id}) n’a aucun critère d’évaluation.");
            }

            foreach (var epreuve in bloc.Epreuves)
            {
                if (epreuve.CompetenceIds.Count == 0)
                {
                    Report(epreuve.Location, $"l’épreuve « {epreuve.Id} » n’évalue aucune compétence.");
                }

                foreach (var id in epreuve.CompetenceIds)
                {
                    if (competenceIds.Contains(id))
                    {
                        assessed.Add(id);
                    }
                    else
                    {
                        Report(epreuve.Location, $"l’épreuve « {epreuve.Id} » cite la compétence « {id} », qui n’existe pas dans le référentiel.");
                    }
                }
            }
        }

        foreach (var competence in rubric.Competences.Where(c => !assessed.Contains(c.Id)))
        {
            Report(competence.Location, $"la compétence {competence.SourceCode} ({competence.Id}) n’est évaluée par aucune épreuve.");
        }

        foreach (var duplicate in rubric.Blocs.GroupBy(b => b.Number).Where(g => g.Count() > 1))
        {
            Report(duplicate.Last().Location, $"deux blocs portent le numéro {duplicate.Key}.");
        }

        return problems;
    }

    private static void ValidateScale(RatingScale scale, SourceLocation manifest, Action<SourceLocation, string> report)
    {
        if (scale.Levels.Count < 2)
        {
            report(manifest, "l’échelle de notation doit compter au moins deux niveaux.");
            return;
        }

        foreach (var duplicate in scale.Levels.GroupBy(l => l.Value).Where(g => g.Count() > 1))
        {
            report(manifest, $"l’échelle de notation définit deux fois le niveau {duplicate.Key}.");
        }

        var values = scale.Levels.Select(l => l.Value).Order().ToList();
        if (values.Zip(values.Skip(1)).Any(pair => pair.Second - pair.First > 1))
        {
            report(manifest, $"les niveaux de l’échelle doivent se suivre sans trou (trouvé : {string.Join(", ", values)}).");
        }

        if (scale.AcquiredFrom <= scale.Min || scale.AcquiredFrom > scale.Max)
        {
            report(manifest, $"« acquiredFrom » vaut {scale.AcquiredFrom} : il doit être un niveau de l’échelle strictement supérieur au plus bas ({scale.Min}).");
        }
    }

    private static void ValidateUniqueIds(Rubric rubric, Action<SourceLocation, string> report)
    {
        var seen = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        foreach (var (id, location) in AllIds(rubric))
        {
            if (id.Length == 0)
            {
                continue;
            }

            if (seen.TryGetValue(id, out var first))
            {
                report(location, $"identifiant « {id} » en double (déjà utilisé dans {first.File}, ligne {first.Line}).");
            }
            else
            {
                seen[id] = location;
            }
        }
    }

    private static IEnumerable<(string Id, SourceLocation Location)> AllIds(Rubric rubric)
    {
        foreach (var bloc in rubric.Blocs)
        {
            yield return (bloc.Id, bloc.Location);
            foreach (var activity in bloc.Activities)
            {
                yield return (activity.Id, activity.Location);
                foreach (var competence in activity.Competences)
                {
                    yield return (competence.Id, competence.Location);
                    foreach (var criterion in competence.AllCriteria())
                    {
                        yield return (criterion.Id, criterion.Location);
                    }
                }
            }

            foreach (var epreuve in bloc.Epreuves)
            {
                yield return (epreuve.Id, epreuve.Location);
                foreach (var item in epreuve.AllDeliverables())
                {
                    yield return (item.Id, item.Location);
                }
            }
        }
    }

    [GeneratedRegex(@"^(\d+\.\d+\.\d+([-+][0-9A-Za-z.-]+)?|\d{4}-\d{2}-\d{2})$")]
    private static partial Regex VersionPattern();
}
