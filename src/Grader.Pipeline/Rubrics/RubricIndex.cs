namespace Grader.Pipeline.Rubrics;

/// <summary>Where a compétence sits in the référentiel: its bloc, activity and the épreuves that assess it.</summary>
public sealed record CompetencePlacement(Competence Competence, Activity Activity, Bloc Bloc, IReadOnlyList<Epreuve> Epreuves);

/// <summary>Look-ups by code or id over a loaded rubric, tolerant of the référentiel's irregular spellings.</summary>
public sealed class RubricIndex
{
    private readonly Dictionary<string, CompetencePlacement> _byId = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, CompetencePlacement> _byKey = new(StringComparer.Ordinal);

    public RubricIndex(Rubric rubric)
    {
        Rubric = rubric;
        foreach (var bloc in rubric.Blocs)
        {
            foreach (var activity in bloc.Activities)
            {
                foreach (var competence in activity.Competences)
                {
                    var epreuves = bloc.Epreuves.Where(e => e.CompetenceIds.Contains(competence.Id)).ToList();
                    var placement = new CompetencePlacement(competence, activity, bloc, epreuves);
                    _byId[competence.Id] = placement;
                    if (CompetenceCode.Key(competence.SourceCode) is { } key)
                    {
                        _byKey[key] = placement;
                    }
                }
            }
        }
    }

    public Rubric Rubric { get; }

    /// <summary>Finds a compétence by rubric id or by any spelling of its code; null when unknown.</summary>
    public CompetencePlacement? FindCompetence(string codeOrId)
    {
        if (_byId.TryGetValue(codeOrId.Trim(), out var byId))
        {
            return byId;
        }

        return CompetenceCode.Key(codeOrId) is { } key && _byKey.TryGetValue(key, out var byKey) ? byKey : null;
    }

    public CompetencePlacement GetCompetence(string codeOrId) =>
        FindCompetence(codeOrId) ?? throw new RubricException(
            "unknown-competence",
            $"Aucune compétence « {codeOrId} » dans le référentiel {Rubric.Id} {Rubric.Version}. "
            + "Exemples de codes acceptés : C.2.2.4, C3.1.1, A.4.2.3 ou l’identifiant c-2-2-4 (voir « grader rubric list »).");

    /// <summary>
    /// Finds an épreuve by id (<c>e2</c>, <c>e6-commerce-international</c>) or by its source code (<c>E2</c>);
    /// null when unknown. Both optional blocs write « E6 »: that code alone is ambiguous and throws, listing the two ids.
    /// </summary>
    public Epreuve? FindEpreuve(string codeOrId)
    {
        var wanted = codeOrId.Trim();
        var byId = Rubric.Epreuves.FirstOrDefault(e => string.Equals(e.Id, wanted, StringComparison.OrdinalIgnoreCase));
        if (byId is not null)
        {
            return byId;
        }

        var byCode = Rubric.Epreuves.Where(e => string.Equals(e.SourceCode, wanted, StringComparison.OrdinalIgnoreCase)).ToList();
        if (byCode.Count > 1)
        {
            throw new RubricException(
                "ambiguous-epreuve",
                $"Le code « {codeOrId} » désigne plusieurs épreuves du référentiel : "
                + string.Join(" ; ", byCode.Select(e => $"{e.Id} ({e.Title})"))
                + ". Précisez l’identifiant.");
        }

        return byCode.SingleOrDefault();
    }

    public Epreuve GetEpreuve(string codeOrId) =>
        FindEpreuve(codeOrId) ?? throw new RubricException(
            "unknown-epreuve",
            $"Aucune épreuve « {codeOrId} » dans le référentiel {Rubric.Id} {Rubric.Version}. Épreuves disponibles : "
            + string.Join(", ", Rubric.Epreuves.Select(e => e.Id)) + ".");
}
