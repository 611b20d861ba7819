using System.Globalization;
using System.Text;
using Grader.Pipeline.Rubrics;

namespace Grader.Pipeline.Evaluation.Llm;

/// <summary>Turns rubric and dossier facts into the French text of prompt variables.</summary>
public static class PromptInputFormatter
{
    public static string Epreuve(Epreuve epreuve) => $"{epreuve.SourceCode} — {epreuve.Kind} : {epreuve.Title}";

    public static string Competence(Competence competence) => $"{competence.SourceCode} {competence.Text}";

    public static string Criteria(Competence competence)
    {
        var text = new StringBuilder();
        foreach (var criterion in competence.Criteria)
        {
            AppendCriterion(text, criterion, 0);
        }

        return text.Length == 0 ? "(aucun critère écrit dans le référentiel)" : text.ToString().TrimEnd();
    }

    public static string Scale(RatingScale scale)
    {
        var text = new StringBuilder();
        foreach (var level in scale.Levels.OrderBy(l => l.Value))
        {
            text.Append("- ").Append(level.Value.ToString(CultureInfo.InvariantCulture)).Append(" = ").Append(level.Label);
            if (!string.IsNullOrWhiteSpace(level.Description))
            {
                text.Append(" : ").Append(level.Description);
            }

            text.AppendLine();
        }

        var acquired = scale.Find(scale.AcquiredFrom)?.Label ?? "acquis";
        text.Append(CultureInfo.InvariantCulture, $"La compétence est « acquise » à partir du niveau {scale.AcquiredFrom} ({acquired}). ")
            .Append(CultureInfo.InvariantCulture, $"Le niveau est un entier de {scale.Min} à {scale.Max}.");
        return text.ToString();
    }

    public static string Assessable(Assessment assessment)
    {
        var mode = assessment.Mode switch
        {
            AssessmentMode.Written => "à l’écrit (dossier)",
            AssessmentMode.Oral => "à l’oral seulement (soutenance)",
            _ => "à l’écrit et à l’oral",
        };
        return string.IsNullOrWhiteSpace(assessment.Reason) ? mode : $"{mode} — {assessment.Reason}";
    }

    public static string Outline(IReadOnlyList<OutlineHeading> outline, UntrustedDossierEnvelope envelope)
    {
        if (outline.Count == 0)
        {
            return "(le dossier n’a pas de titres repérés)";
        }

        // Headings are the candidate's words too: neutralised like passages, and labelled as the dossier's.
        var text = new StringBuilder();
        foreach (var heading in outline)
        {
            text.Append(' ', 2 * Math.Max(0, heading.Depth - 1))
                .Append("- ").Append(envelope.Neutralise(heading.Title))
                .Append(CultureInfo.InvariantCulture, $" (p. {heading.Page})").AppendLine();
        }

        return text.ToString().TrimEnd();
    }

    public static string Flags(IReadOnlyList<IngestionFlagFact> flags)
    {
        if (flags.Count == 0)
        {
            return "Aucun.";
        }

        var text = new StringBuilder();
        foreach (var flag in flags)
        {
            var page = flag.Page is { } p ? string.Create(CultureInfo.InvariantCulture, $" (p. {p})") : string.Empty;
            text.Append("- ").Append(FlagLabel(flag.Kind)).Append(page).Append(" : ").AppendLine(flag.Detail);
        }

        return text.ToString().TrimEnd();
    }

    public static string Deliverables(IReadOnlyList<DeliverableItem> items)
    {
        var text = new StringBuilder();
        foreach (var item in items)
        {
            AppendDeliverable(text, item, 0);
        }

        return text.ToString().TrimEnd();
    }

    /// <summary>Every deliverable id, nested ones included: the ids the answer must cover.</summary>
    public static IEnumerable<DeliverableItem> Flatten(IEnumerable<DeliverableItem> items) =>
        items.SelectMany(item => Flatten(item.Items).Prepend(item));

    private static string FlagLabel(string kind) => kind switch
    {
        "hidden-text" => "texte caché détecté",
        "prompt-injection" => "tentative d’injection d’instructions détectée",
        "ocr" => "texte obtenu par reconnaissance de caractères",
        _ => kind,
    };

    private static void AppendCriterion(StringBuilder text, Criterion criterion, int depth)
    {
        text.Append(' ', 2 * depth).Append("- [").Append(criterion.Id).Append("] ").AppendLine(criterion.Text);
        foreach (var item in criterion.Items)
        {
            AppendCriterion(text, item, depth + 1);
        }
    }

    private static void AppendDeliverable(StringBuilder text, DeliverableItem item, int depth)
    {
        text.Append(' ', 2 * depth).Append("- itemId=").Append(item.Id).Append(" : ").AppendLine(item.Text);
        foreach (var child in item.Items)
        {
            AppendDeliverable(text, child, depth + 1);
        }
    }
}
