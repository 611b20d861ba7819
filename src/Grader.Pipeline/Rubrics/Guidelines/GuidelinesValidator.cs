using System.Globalization;

namespace Grader.Pipeline.Rubrics.Guidelines;

/// <summary>
/// Checks a guidelines set against its rubric: the rubric it names, a semantic version, every compétence known
/// (any spelling of its code, resolved with <see cref="RubricIndex"/>) and named once, levels on the rubric's
/// scale, excerpts short enough to keep the prompt within budget. Every problem names where it is.
/// </summary>
public static class GuidelinesValidator
{
    /// <summary>The set with its compétences resolved to rubric ids, and every problem found.</summary>
    public static (GuidelineSet Resolved, IReadOnlyList<RubricProblem> Problems) Validate(GuidelineSet set, RubricIndex index, SourceLocation header)
    {
        var problems = new List<RubricProblem>();
        void Report(SourceLocation at, string message) => problems.Add(new RubricProblem(at.File, at.Line, message));

        var rubric = index.Rubric;
        if (!string.Equals(set.RubricId, rubric.Id, StringComparison.Ordinal))
        {
            Report(header, $"ces consignes visent le référentiel « {set.RubricId} », pas « {rubric.Id} ».");
        }

        if (!GuidelinesVersion.TryParse(set.Version, out _))
        {
            Report(header, $"version « {set.Version} » invalide : attendu un numéro sémantique (1.2.0).");
        }

        var scale = rubric.Scale;
        var levels = string.Join(", ", scale.Levels.OrderBy(l => l.Value).Select(l => l.Value.ToString(CultureInfo.InvariantCulture)));
        var seen = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        var resolved = new List<CompetenceGuidance>();
        foreach (var entry in set.Competences)
        {
            var placement = string.IsNullOrWhiteSpace(entry.Competence) ? null : index.FindCompetence(entry.Competence);
            if (placement is null)
            {
                Report(entry.Location, string.IsNullOrWhiteSpace(entry.Competence)
                    ? "le champ « competence » (code de la compétence, par exemple C.2.2.4) est obligatoire."
                    : $"compétence « {entry.Competence} » inconnue du référentiel {rubric.Id} (codes acceptés : C.2.2.4, C2.2.4 ou l’identifiant c-2-2-4).");
            }
            else if (seen.TryGetValue(placement.Competence.Id, out var first))
            {
                Report(entry.Location, $"la compétence {placement.Competence.SourceCode} a déjà des consignes (à {Where(first)}) : regroupez-les.");
            }
            else
            {
                seen[placement.Competence.Id] = entry.Location;
            }

            if (entry.IsEmpty)
            {
                Report(entry.Location, $"la compétence « {entry.Competence} » n’a ni consignes (« guidelines ») ni exemples d’ancrage (« anchors »).");
            }

            if (entry.Guidelines is { Length: > GuidelineSet.MaxGuidelinesLength } text)
            {
                Report(entry.Location, $"consignes trop longues : {text.Length} caractères, {GuidelineSet.MaxGuidelinesLength} au plus.");
            }

            if (entry.Anchors.Count > GuidelineSet.MaxAnchorsPerCompetence)
            {
                Report(entry.Location, $"{entry.Anchors.Count} exemples d’ancrage : {GuidelineSet.MaxAnchorsPerCompetence} au plus par compétence.");
            }

            foreach (var anchor in entry.Anchors)
            {
                if (anchor.Level == int.MinValue)
                {
                    Report(anchor.Location, "le niveau (« level ») illustré par l’exemple d’ancrage est obligatoire.");
                }
                else if (scale.Find(anchor.Level) is null)
                {
                    Report(anchor.Location, $"niveau {anchor.Level} hors de l’échelle du référentiel (niveaux possibles : {levels}).");
                }

                var length = anchor.Excerpt.Trim().Length;
                if (length == 0)
                {
                    Report(anchor.Location, "l’extrait (« excerpt ») de l’exemple d’ancrage est vide.");
                }
                else if (length > GuidelineSet.MaxExcerptLength)
                {
                    Report(anchor.Location, $"extrait trop long : {length} caractères, {GuidelineSet.MaxExcerptLength} au plus.");
                }
            }

            resolved.Add(entry with { CompetenceId = placement?.Competence.Id ?? string.Empty });
        }

        return (set with { Competences = resolved }, problems);
    }

    private static string Where(SourceLocation location) =>
        location.Line > 0 ? string.Create(CultureInfo.InvariantCulture, $"{location.File}:{location.Line}") : location.File;
}
