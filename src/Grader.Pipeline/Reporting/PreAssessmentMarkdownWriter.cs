using System.Globalization;
using System.Text;
using Grader.Pipeline.Evaluation.Model;
using Grader.Pipeline.Rubrics;
using static Grader.Pipeline.Reporting.FrenchReportText;

namespace Grader.Pipeline.Reporting;

/// <summary>
/// The juror's French report: what was assessed and how, the document warnings first, then one section per
/// compétence (level with its scale label, confidence, rationale, verified quotes with their pages, gaps,
/// oral questions, flags), the deliverables checklist, the candidate feedback draft set apart, and provenance.
/// Everything from the dossier or a model is escaped (<see cref="MarkdownText"/>).
/// </summary>
public sealed class PreAssessmentMarkdownWriter
{
    public string Write(PreAssessment assessment, Rubric rubric)
    {
        var index = new RubricIndex(rubric);
        var md = new StringBuilder();
        WriteHeader(md, assessment, rubric);
        WriteNotice(md, assessment);
        WriteDocumentFlags(md, assessment);
        md.AppendLine("## Compétences").AppendLine();
        foreach (var criterion in assessment.Criteria)
        {
            WriteCriterion(md, criterion, index.FindCompetence(criterion.CompetenceId)?.Competence ?? index.FindCompetence(criterion.Code)?.Competence, rubric.Scale, assessment.Dossier.HasSeveralFiles);
        }

        WriteDeliverables(md, assessment);
        WriteFeedback(md, assessment);
        WriteProvenance(md, assessment);
        return md.ToString();
    }

    private static void WriteHeader(StringBuilder md, PreAssessment a, Rubric rubric)
    {
        var title = a.EpreuveTitle ?? rubric.Epreuves.FirstOrDefault(e => e.Id == a.Epreuve)?.Title;
        md.AppendLine($"# Pré-évaluation — épreuve {a.EpreuveSourceCode}{(title is null ? "" : $" · {MarkdownText.Escape(title)}")}").AppendLine();
        md.AppendLine("| | |").AppendLine("|---|---|");
        md.AppendLine($"| Épreuve | {a.EpreuveSourceCode} ({a.Epreuve}) |");
        md.AppendLine($"| Référentiel | {MarkdownText.Escape(rubric.Title)} — version {a.RubricVersion} |");
        md.AppendLine($"| Fournisseur | {MarkdownText.Escape(Provider(a))} |");
        md.AppendLine($"| Date | {Date(a.Provenance.StartedAt)} |");
        var files = a.Dossier.Files.Select(f => string.Create(French, $"{MarkdownText.Escape(f.Name)} ({f.Format.ToUpperInvariant()}, {f.Pages}{Nbsp}p.)"));
        md.AppendLine($"| Dossier | {string.Join(" ; ", files)} |").AppendLine();
    }

    // A GitHub-style callout degrades to a quoted paragraph elsewhere: visible in every viewer.
    private static void WriteNotice(StringBuilder md, PreAssessment a)
    {
        md.AppendLine(a.LanguageModelUsed ? "> [!NOTE]" : "> [!WARNING]");
        md.AppendLine($"> **{(a.LanguageModelUsed ? "Proposition d’un modèle de langue" : "Mode hors ligne")}{Nbsp}:** {MarkdownText.Escape(a.Notice)}");
        md.AppendLine("> Aucune proposition n’est définitive avant la décision du jury.").AppendLine();
    }

    private static void WriteDocumentFlags(StringBuilder md, PreAssessment a)
    {
        var documentFlags = a.Flags.Where(f => f.Criterion is null).ToList();
        if (documentFlags.Count == 0)
        {
            return;
        }

        md.AppendLine("> [!CAUTION]");
        md.AppendLine($"> **Signalements sur le dossier{Nbsp}:** "
            + string.Join(" · ", OverallFlags.CountByKind(documentFlags).Select(k => $"{FlagKind(k.Kind)} ({k.Count})")));
        foreach (var flag in documentFlags)
        {
            md.AppendLine($"> - {FlagLine(flag, a.Dossier.HasSeveralFiles)}");
        }

        md.AppendLine();
    }

    private static void WriteCriterion(StringBuilder md, CriterionAssessment c, Competence? competence, RatingScale scale, bool severalFiles)
    {
        var text = competence is null ? "" : $" — {MarkdownText.Escape(Short(competence.Text))}";
        md.AppendLine($"### {MarkdownText.Escape(c.Code)}{text}").AppendLine();
        md.AppendLine($"- **Évaluable{Nbsp}:** {Assessable(c.Assessable)}");
        md.AppendLine($"- **Niveau proposé{Nbsp}:** {MarkdownText.Escape(Level(c, scale))}");
        if (c.Level is not null)
        {
            md.AppendLine($"- **Confiance{Nbsp}:** {Confidence(c.Confidence)}");
        }

        if (c.Samples is { Count: > 1 } samples)
        {
            md.AppendLine($"- **Tirages{Nbsp}:** {string.Join(", ", samples.Select(s => s.ToString(CultureInfo.InvariantCulture)))}");
        }

        md.AppendLine();
        if (!string.IsNullOrWhiteSpace(c.Rationale))
        {
            md.AppendLine($"**Justification{Nbsp}:** {MarkdownText.Escape(c.Rationale)}").AppendLine();
        }

        var quotes = c.Evidence.Where(e => e.Verified).ToList();
        if (quotes.Count > 0)
        {
            md.AppendLine($"**Citations vérifiées{Nbsp}:**").AppendLine();
            foreach (var quote in quotes)
            {
                md.AppendLine($"> «{Nbsp}{MarkdownText.Escape(quote.Quote)}{Nbsp}» — {MarkdownText.Escape(Where(quote, severalFiles))}").AppendLine();
            }
        }
        else if (!c.Assessable.IsOralOnly())
        {
            md.AppendLine("*Aucune citation vérifiée.*").AppendLine();
        }

        WriteList(md, "Éléments manquants", c.Missing, numbered: false);
        WriteList(md, "Questions pour la soutenance", c.OralQuestions, numbered: true);
        WriteList(md, "Signalements", c.Flags.Select(f => FlagLine(f, severalFiles)).ToList(), numbered: false, escaped: true);
    }

    private static void WriteList(StringBuilder md, string title, IReadOnlyList<string> items, bool numbered, bool escaped = false)
    {
        if (items.Count == 0)
        {
            return;
        }

        md.AppendLine($"**{title}{Nbsp}:**").AppendLine();
        for (var i = 0; i < items.Count; i++)
        {
            var item = escaped ? items[i] : MarkdownText.Escape(items[i]);
            md.AppendLine(numbered ? $"{i + 1}. {item}" : $"- {item}");
        }

        md.AppendLine();
    }

    private static string FlagLine(AssessmentFlag flag, bool severalFiles)
    {
        var where = new List<string>();
        if (severalFiles && flag.File is not null)
        {
            where.Add(flag.File);
        }

        if (flag.Page is { } page)
        {
            where.Add($"p.{Nbsp}{page}");
        }

        var place = where.Count > 0 ? $" ({MarkdownText.Escape(string.Join(", ", where))})" : "";
        return $"**{FlagKind(flag.Kind)}**{place}{Nbsp}: {MarkdownText.Escape(flag.Detail)}";
    }

    private static void WriteDeliverables(StringBuilder md, PreAssessment a)
    {
        if (a.Deliverables.Count == 0)
        {
            return;
        }

        md.AppendLine("## Livrables attendus").AppendLine();
        md.AppendLine("| Livrable | Présence | Passages |").AppendLine("|---|---|---|");
        foreach (var d in a.Deliverables)
        {
            var mark = d.Present switch
            {
                DeliverablePresence.Present => "✅",
                DeliverablePresence.Partial => "⚠️",
                _ => "❌",
            };
            var pages = string.Join(", ", d.Evidence.Where(e => e.Verified).Select(e => Where(e, a.Dossier.HasSeveralFiles)).Distinct());
            md.AppendLine($"| {MarkdownText.Escape(d.Item)} | {mark} {Presence(d.Present)} | {MarkdownText.Escape(pages)} |");
        }

        md.AppendLine();
    }

    private static void WriteFeedback(StringBuilder md, PreAssessment a)
    {
        var perCompetence = a.Criteria.Where(c => !string.IsNullOrWhiteSpace(c.Feedback)).ToList();
        if (string.IsNullOrWhiteSpace(a.CandidateFeedback) && perCompetence.Count == 0)
        {
            return;
        }

        md.AppendLine("---").AppendLine();
        md.AppendLine($"## Retour au candidat — {DraftBanner}").AppendLine();
        md.AppendLine($"> [!IMPORTANT]");
        md.AppendLine($"> {DraftBanner}{Nbsp}: ce texte est destiné au candidat et ne lui est communiqué qu’après relecture et validation par le jury.").AppendLine();
        if (!string.IsNullOrWhiteSpace(a.CandidateFeedback))
        {
            md.AppendLine(MarkdownText.Escape(a.CandidateFeedback)).AppendLine();
        }

        foreach (var c in perCompetence)
        {
            md.AppendLine($"- **{MarkdownText.Escape(c.Code)}**{Nbsp}: {MarkdownText.Escape(c.Feedback)}");
        }

        md.AppendLine().AppendLine("---").AppendLine();
    }

    private static void WriteProvenance(StringBuilder md, PreAssessment a)
    {
        var p = a.Provenance;
        md.AppendLine("## Provenance").AppendLine();
        md.AppendLine($"- Fournisseur{Nbsp}: {MarkdownText.Escape(a.Provider)}{(p.Model is null ? "" : $", modèle {MarkdownText.Escape(p.Model)}")}");
        var settings = p.ModelSettings;
        md.AppendLine(string.Create(French, $"- Paramètres{Nbsp}: température {(settings.Temperature is { } t ? t.ToString("0.##", French) : "—")}, tirages {settings.Samples}"));
        md.AppendLine($"- Référentiel{Nbsp}: {MarkdownText.Escape(a.RubricId)} {MarkdownText.Escape(p.RubricVersion)} (empreinte `{p.RubricFingerprint}`)");
        foreach (var prompt in p.Prompts)
        {
            md.AppendLine($"- Prompt {MarkdownText.Escape(prompt.Id)} v{MarkdownText.Escape(prompt.Version)} (`{prompt.Sha256}`)");
        }

        md.AppendLine($"- Début{Nbsp}: {Date(p.StartedAt)} — durée{Nbsp}: {Duration(p.Duration)}");
        if (p.Timings.Count > 0)
        {
            md.AppendLine($"- Étapes{Nbsp}: {string.Join(" ; ", p.Timings.Select(t => $"{MarkdownText.Escape(t.Stage)} {Duration(t.Duration)}"))}");
        }

        var total = p.Tokens.Total;
        if (total.EstimatedInput is not null || total.Input is not null)
        {
            md.AppendLine(string.Create(French, $"- Jetons{Nbsp}: estimés en entrée {Count(total.EstimatedInput)}, entrée {Count(total.Input)}, sortie {Count(total.Output)}"));
        }

        md.AppendLine($"- Fichiers{Nbsp}: {string.Join(" ; ", a.Dossier.Files.Select(f => $"{MarkdownText.Escape(f.Name)} (`{f.ContentHash}`)"))}");
        md.AppendLine($"- Grader {MarkdownText.Escape(p.GraderVersion)}");
    }

    private static string Count(int? value) => value?.ToString("N0", French) ?? "—";
}
