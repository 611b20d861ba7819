using System.Text.Json;
using Grader.Pipeline.Evaluation.Model;
using Grader.Pipeline.Rubrics;

namespace Grader.Pipeline.Calibration;

/// <summary>
/// Reads and checks one <c>labels.json</c> (eval-sets/README.md) against the rubric. Every problem of the file
/// is collected before throwing, so that whoever wrote the labels fixes them in one pass.
/// </summary>
public sealed class LabelsFileReader(RubricIndex index)
{
    public CaseLabels Read(string path, string fallbackId)
    {
        using var json = Parse(path);
        var root = json.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw Invalid(path, ["le fichier doit contenir un objet JSON."]);
        }

        var problems = new List<string>();
        var id = root.TryGetProperty("id", out var idElement) && idElement.ValueKind == JsonValueKind.String ? idElement.GetString()! : fallbackId;
        var quality = root.TryGetProperty("quality", out var qualityElement) && qualityElement.ValueKind == JsonValueKind.String ? qualityElement.GetString() : null;
        var epreuve = ReadEpreuve(root, problems);
        if (epreuve is null)
        {
            throw Invalid(path, problems);
        }

        var criteria = ReadCriteria(root, epreuve, problems);
        var deliverables = ReadDeliverables(root, epreuve, problems);
        if (problems.Count > 0)
        {
            throw Invalid(path, problems);
        }

        return new CaseLabels(id, epreuve, quality, criteria, deliverables);
    }

    private static JsonDocument Parse(string path)
    {
        string text;
        try
        {
            // As text, so that a byte-order mark left by a Windows editor is not a syntax error.
            text = File.ReadAllText(path);
        }
        catch (IOException ex)
        {
            throw new EvaluationSetException("unreadable-labels", $"Impossible de lire « {path} » : {ex.Message}", ex);
        }
        catch (UnauthorizedAccessException ex)
        {
            throw new EvaluationSetException("unreadable-labels", $"Lecture de « {path} » refusée : {ex.Message}", ex);
        }

        try
        {
            return JsonDocument.Parse(text, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException ex)
        {
            throw new EvaluationSetException("invalid-labels", $"Le fichier « {path} » n’est pas un JSON valide (ligne {ex.LineNumber + 1}) : {ex.Message}", ex);
        }
    }

    private Epreuve? ReadEpreuve(JsonElement root, List<string> problems)
    {
        if (!root.TryGetProperty("epreuve", out var element) || element.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(element.GetString()))
        {
            problems.Add("le champ « epreuve » (identifiant de l’épreuve, par exemple « e2 ») est obligatoire.");
            return null;
        }

        try
        {
            var epreuve = index.FindEpreuve(element.GetString()!);
            if (epreuve is null)
            {
                problems.Add($"épreuve « {element.GetString()} » inconnue du référentiel {index.Rubric.Id} {index.Rubric.Version} "
                    + $"(épreuves : {string.Join(", ", index.Rubric.Epreuves.Select(e => e.Id))}).");
            }

            return epreuve;
        }
        catch (RubricException ex)
        {
            // « E6 » names two épreuves: the rubric's message lists them.
            problems.Add(ex.Message);
            return null;
        }
    }

    private List<LabelledCriterion> ReadCriteria(JsonElement root, Epreuve epreuve, List<string> problems)
    {
        var criteria = new List<LabelledCriterion>();
        if (!root.TryGetProperty("criteria", out var element) || element.ValueKind != JsonValueKind.Object)
        {
            problems.Add("le champ « criteria » (niveaux par compétence) est obligatoire et doit être un objet.");
            return criteria;
        }

        var scale = index.Rubric.Scale;
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in element.EnumerateObject())
        {
            var placement = index.FindCompetence(entry.Name);
            if (placement is null)
            {
                problems.Add($"compétence « {entry.Name} » inconnue du référentiel (codes acceptés : C.2.2.4, C2.2.4, c-2-2-4).");
                continue;
            }

            var competence = placement.Competence;
            if (!epreuve.CompetenceIds.Contains(competence.Id))
            {
                problems.Add($"la compétence « {entry.Name} » n’est pas évaluée par l’épreuve {epreuve.SourceCode} ({epreuve.Id}).");
                continue;
            }

            if (seen.TryGetValue(competence.Id, out var first))
            {
                problems.Add($"la compétence {competence.SourceCode} est notée deux fois (« {first} » et « {entry.Name} »).");
                continue;
            }

            seen[competence.Id] = entry.Name;
            if (ReadLevel(entry, scale, problems, out var level) && ReadSecondLevel(entry, scale, problems, out var second))
            {
                criteria.Add(new LabelledCriterion(entry.Name, competence, level, second));
            }
        }

        return criteria;
    }

    private static bool ReadLevel(JsonProperty entry, RatingScale scale, List<string> problems, out int? level)
    {
        level = null;
        if (entry.Value.ValueKind != JsonValueKind.Object || !entry.Value.TryGetProperty("level", out var element))
        {
            problems.Add($"compétence « {entry.Name} » : le champ « level » est obligatoire (un niveau, ou null si seul l’oral peut en juger).");
            return false;
        }

        return ReadScaleLevel(element, scale, problems, $"compétence « {entry.Name} » : niveau", "null si seul l’oral peut en juger", out level);
    }

    // Optional and backward compatible: a second juror's independent level, absent or null when there is none.
    private static bool ReadSecondLevel(JsonProperty entry, RatingScale scale, List<string> problems, out int? level)
    {
        level = null;
        return !entry.Value.TryGetProperty("secondLevel", out var element)
            || ReadScaleLevel(element, scale, problems, $"compétence « {entry.Name} » : second niveau (« secondLevel »)", "null s’il n’y a pas de seconde correction", out level);
    }

    private static bool ReadScaleLevel(JsonElement element, RatingScale scale, List<string> problems, string what, string nullMeaning, out int? level)
    {
        level = null;
        if (element.ValueKind == JsonValueKind.Null)
        {
            return true;
        }

        if (element.ValueKind != JsonValueKind.Number || !element.TryGetInt32(out var value) || scale.Find(value) is null)
        {
            problems.Add($"{what} {element.GetRawText()} hors de l’échelle du référentiel ({string.Join(", ", scale.Levels.Select(l => l.Value))}, ou {nullMeaning}).");
            return false;
        }

        level = value;
        return true;
    }

    private static List<LabelledDeliverable> ReadDeliverables(JsonElement root, Epreuve epreuve, List<string> problems)
    {
        var deliverables = new List<LabelledDeliverable>();
        if (!root.TryGetProperty("deliverables", out var element) || element.ValueKind == JsonValueKind.Null)
        {
            return deliverables;
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            problems.Add("le champ « deliverables » doit être un objet (élément attendu → true, false, \"present\", \"partial\" ou \"absent\").");
            return deliverables;
        }

        var finder = new DeliverableItemFinder(epreuve);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in element.EnumerateObject())
        {
            var item = finder.Find(entry.Name);
            if (item is null)
            {
                problems.Add($"élément attendu « {entry.Name} » absent de la liste des livrables de l’épreuve {epreuve.SourceCode} ({epreuve.Id}) ; "
                    + "recopiez-le tel qu’il est rédigé dans le référentiel, ou indiquez son identifiant (par exemple « e2.d1 »).");
                continue;
            }

            if (!seen.Add(item.Id))
            {
                problems.Add($"élément attendu « {entry.Name} » étiqueté deux fois.");
                continue;
            }

            if (ReadPresence(entry.Value) is { } presence)
            {
                deliverables.Add(new LabelledDeliverable(item, presence));
            }
            else
            {
                problems.Add($"élément attendu « {entry.Name} » : valeur {entry.Value.GetRawText()} non reconnue "
                    + "(true, false, \"present\", \"partial\" ou \"absent\").");
            }
        }

        return deliverables;
    }

    // README: true when the dossier contains the item, however weak; the three words of the evaluate contract are
    // accepted too, for sets labelled with the same vocabulary as Grader's output.
    private static DeliverablePresence? ReadPresence(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.True => DeliverablePresence.Present,
        JsonValueKind.False => DeliverablePresence.Absent,
        JsonValueKind.String => value.GetString()?.Trim().ToLowerInvariant() switch
        {
            "present" or "présent" => DeliverablePresence.Present,
            "partial" or "partiel" => DeliverablePresence.Partial,
            "absent" => DeliverablePresence.Absent,
            _ => null,
        },
        _ => null,
    };

    private static EvaluationSetException Invalid(string path, IReadOnlyList<string> problems) => new(
        "invalid-labels",
        $"Étiquettes invalides dans « {path} » :" + Environment.NewLine + string.Join(Environment.NewLine, problems.Select(p => "  - " + p)));
}
