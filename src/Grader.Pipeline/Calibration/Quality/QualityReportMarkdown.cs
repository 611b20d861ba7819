using System.Text;
using Grader.Pipeline.Calibration.Metrics;
using static Grader.Pipeline.Calibration.Quality.FrenchFigures;

namespace Grader.Pipeline.Calibration.Quality;

/// <summary>The quality report in French Markdown, as it goes into docs/quality.md with the command that produced it.</summary>
public static class QualityReportMarkdown
{
    public static string Write(QualityReport report)
    {
        var md = new StringBuilder();
        WriteHeader(md, report, $"# Qualité des pré-évaluations — jeu « {report.Set} »");
        WriteLevels(md, report);
        WriteCriteria(md, report);
        WriteDeliverables(md, report);
        WriteDisagreements(md, report, withEvidence: false);
        WriteFailedCases(md, report);
        WriteFooter(md);
        return md.ToString();
    }

    internal static void WriteFooter(StringBuilder md) =>
        Line(md, $"{Undefined} : valeur non définie (aucune paire, ou une seule modalité de part et d’autre) ; voir src/Grader.Pipeline/Calibration/README.md.");

    internal static void WriteHeader(StringBuilder md, QualityReport report, string title, IEnumerable<string>? extraLines = null)
    {
        Line(md, title);
        md.AppendLine();
        md.AppendLine("```sh").AppendLine(report.Command).AppendLine("```");
        md.AppendLine();
        var evaluated = report.Cases - report.FailedCases.Count;
        Line(md, $"- Référentiel : {report.RubricId} {report.RubricVersion}");
        Line(md, $"- Fournisseur : {(report.Providers.Count == 0 ? Undefined : string.Join(", ", report.Providers))}");
        foreach (var extra in extraLines ?? [])
        {
            Line(md, "- " + extra);
        }

        Line(md, $"- Cas : {Count(report.Cases)} (évalués : {Count(evaluated)}) ; temps d’évaluation cumulé : {Seconds(report.EvaluationTime)}");
        Line(md, $"- Jetons : {Tokens(report.Tokens)}");
        Line(md, $"- Intervalle de confiance du QWK : bootstrap percentile, {Count(report.Bootstrap.Resamples)} tirages, graine {report.Bootstrap.Seed}, niveau {Percent(report.Bootstrap.Level)}");
        md.AppendLine();
        Line(md, $"Les références constantes (« toujours niveau {report.BaselineLevel} », « tous les éléments présents ») sont calculées sur les mêmes paires : "
            + "elles montrent ce qu’obtiendrait un correcteur qui ne lit pas le dossier. Ce ne sont pas des objectifs.");
        md.AppendLine();
    }

    internal static void WriteLevels(StringBuilder md, QualityReport report)
    {
        var (grader, baseline) = (report.Overall.Grader, report.Overall.Baseline);
        Line(md, "## Niveaux — ensemble des compétences");
        md.AppendLine();
        Line(md, $"| Mesure | Grader | Toujours niveau {report.BaselineLevel} |");
        md.AppendLine("|---|---:|---:|");
        Row(md, "Paires comparées", Count(grader.Pairs), Count(baseline.Pairs));
        Row(md, "Accord exact", Number(grader.ExactAgreement), Number(baseline.ExactAgreement));
        Row(md, "Accord adjacent (écart ≤ 1)", Number(grader.AdjacentAgreement), Number(baseline.AdjacentAgreement));
        Row(md, "Erreur absolue moyenne", Number(grader.MeanAbsoluteError), Number(baseline.MeanAbsoluteError));
        Row(md, "Kappa pondéré quadratique (QWK)", Number(grader.Kappa), Number(baseline.Kappa));
        Row(md, $"IC {Percent(report.Bootstrap.Level)} du QWK", Interval(grader.KappaInterval), Interval(baseline.KappaInterval));
        Row(md, "Différence moyenne standardisée (IA − jury)", Number(grader.StandardisedMeanDifference), Number(baseline.StandardisedMeanDifference));
        Row(md, "Niveau moyen du jury", Number(grader.HumanMean), Number(baseline.HumanMean));
        Row(md, "Niveau moyen proposé", Number(grader.AiMean), Number(baseline.AiMean));
        md.AppendLine();
        Line(md, Exclusions(report.Overall.Excluded));
        md.AppendLine();
        Line(md, "### Matrice de confusion (lignes : jury ; colonnes : Grader)");
        md.AppendLine();
        WriteConfusion(md, grader.Confusion);
    }

    internal static void WriteConfusion(StringBuilder md, ConfusionMatrix matrix)
    {
        var levels = Enumerable.Range(matrix.Range.Min, matrix.Range.Count).ToList();
        md.Append("| jury \\ Grader | ").AppendJoin(" | ", levels).AppendLine(" | total |");
        md.Append("|---|").AppendJoin("", levels.Select(_ => "---:|")).AppendLine("---:|");
        foreach (var human in levels)
        {
            var row = levels.Select(ai => matrix[human, ai]).ToList();
            md.Append($"| **{human}** | ").AppendJoin(" | ", row.Select(Count)).AppendLine($" | {Count(row.Sum())} |");
        }

        md.AppendLine();
    }

    internal static void WriteCriteria(StringBuilder md, QualityReport report)
    {
        Line(md, "## Niveaux par compétence");
        md.AppendLine();
        Line(md, $"Peu de paires par compétence : l’intervalle de confiance du QWK dit ce que ces chiffres valent. La dernière colonne est l’accord adjacent de « toujours niveau {report.BaselineLevel} » (son QWK est nul ou non défini par construction).");
        md.AppendLine();
        Line(md, $"| Compétence | Épreuve | Paires | Exclues | Exact | Adjacent | EAM | QWK | IC {Percent(report.Bootstrap.Level)} | DMS | Adjacent réf. |");
        md.AppendLine("|---|---|---:|---:|---:|---:|---:|---:|---|---:|---:|");
        foreach (var criterion in report.PerCriterion)
        {
            var g = criterion.Levels.Grader;
            md.AppendLine($"| {criterion.Code} | {criterion.Epreuve} | {Count(g.Pairs)} | {Count(criterion.Levels.Excluded.Total)} | {Number(g.ExactAgreement)} "
                + $"| {Number(g.AdjacentAgreement)} | {Number(g.MeanAbsoluteError)} | {Number(g.Kappa)} | {Interval(g.KappaInterval)} "
                + $"| {Number(g.StandardisedMeanDifference)} | {Number(criterion.Levels.Baseline.AdjacentAgreement)} |");
        }

        md.AppendLine();
        Line(md, "EAM : erreur absolue moyenne, en niveaux. DMS : différence moyenne standardisée (positive quand Grader note plus haut que le jury).");
        md.AppendLine();
    }

    internal static void WriteDeliverables(StringBuilder md, QualityReport report)
    {
        var (grader, baseline) = (report.Deliverables.Grader, report.Deliverables.Baseline);
        Line(md, "## Éléments attendus du dossier (livrables)");
        md.AppendLine();
        Line(md, "Un élément « partiel » compte comme présent, d’un côté comme de l’autre : la question est de repérer ce qui manque.");
        md.AppendLine();
        Line(md, "| Mesure | Grader | Tous présents |");
        md.AppendLine("|---|---:|---:|");
        Row(md, "Éléments comparés", Count(report.Deliverables.Items), Count(report.Deliverables.Items));
        Row(md, "Absents selon le jury", Count(grader.Absent.ActualPositives), Count(baseline.Absent.ActualPositives));
        Row(md, "Signalés absents", Count(grader.Absent.PredictedPositives), Count(baseline.Absent.PredictedPositives));
        Row(md, "Absents retrouvés (rappel)", Number(grader.Absent.Recall), Number(baseline.Absent.Recall));
        Row(md, "Absents : précision", Number(grader.Absent.Precision), Number(baseline.Absent.Precision));
        Row(md, "Absents : F1", Number(grader.Absent.F1), Number(baseline.Absent.F1));
        Row(md, "Présents : rappel", Number(grader.Present.Recall), Number(baseline.Present.Recall));
        Row(md, "Présents : précision", Number(grader.Present.Precision), Number(baseline.Present.Precision));
        Row(md, "Présents : F1", Number(grader.Present.F1), Number(baseline.Present.F1));
        md.AppendLine();
        if (report.Deliverables.NotAssessed > 0)
        {
            Line(md, $"Éléments étiquetés que Grader n’a pas examinés (exclus) : {Count(report.Deliverables.NotAssessed)}.");
            md.AppendLine();
        }
    }

    internal static void WriteDisagreements(StringBuilder md, QualityReport report, bool withEvidence)
    {
        Line(md, $"## Désaccords ({Count(report.Disagreements.Count)})");
        md.AppendLine();
        if (report.Disagreements.Count == 0)
        {
            Line(md, "Aucun : Grader a proposé le niveau du jury pour chaque paire comparée.");
            md.AppendLine();
            return;
        }

        if (!withEvidence)
        {
            Line(md, "| Cas | Compétence | Jury | Grader | Justification de Grader |");
            md.AppendLine("|---|---|---:|---:|---|");
            foreach (var d in report.Disagreements)
            {
                md.AppendLine($"| {Cell(d.Case)} | {d.Code} | {d.Human} | {d.Ai} | {Cell(Shorten(d.Rationale))} |");
            }

            md.AppendLine();
            return;
        }

        Line(md, "| Cas | Compétence | Jury | Grader | Justification de Grader | Éléments cités par Grader |");
        md.AppendLine("|---|---|---:|---:|---|---|");
        foreach (var d in report.Disagreements)
        {
            md.AppendLine($"| {Cell(d.Case)} | {d.Code} | {d.Human} | {d.Ai} | {Cell(d.Rationale)} | {Cell(EvidenceText(d.Evidence))} |");
        }

        md.AppendLine();
    }

    /// <summary>The quotes of a disagreement on one line: « p. 4 : « … » (vérifiée) ; … », or « aucune ».</summary>
    public static string EvidenceText(IReadOnlyList<Evaluation.Model.EvidenceQuote>? evidence) =>
        evidence is not { Count: > 0 }
            ? "aucune citation"
            : string.Join(" ; ", evidence.Select(q =>
                (q.Page is { } page ? $"p.\u00A0{page}\u00A0: " : "") + $"«\u00A0{q.Quote}\u00A0»" + (q.Verified ? "" : " (non vérifiée)")));

    internal static void WriteFailedCases(StringBuilder md, QualityReport report)
    {
        if (report.FailedCases.Count == 0)
        {
            return;
        }

        Line(md, "## Cas non évalués");
        md.AppendLine();
        foreach (var failed in report.FailedCases)
        {
            md.AppendLine($"- {Cell(failed.Case)} : {Cell(failed.Reason)}");
        }

        md.AppendLine();
    }

    private static string Exclusions(ExclusionCounts excluded) =>
        $"Paires exclues : {Count(excluded.Total)} (jury sans niveau, oral seul : {Count(excluded.HumanNoLevel)} ; "
        + $"évaluation en échec : {Count(excluded.Failed)} ; aucun niveau proposé par Grader : {Count(excluded.AiNoLevel)} ; "
        + $"compétence absente de la pré-évaluation : {Count(excluded.NotAssessed)}).";

    internal static string Tokens(Evaluation.Model.TokenCounts tokens) => tokens.Input is null && tokens.Output is null
        ? "aucun relevé (aucun appel à un modèle de langue)"
        : $"{Count(tokens.Input ?? 0)} en entrée, {Count(tokens.Output ?? 0)} en sortie";

    // The table is for scanning; the full rationale is in the JSON and in each case's pre-assessment.
    internal static string Shorten(string text, int length = 240)
    {
        if (text.Length <= length)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', length);
        return text[..(cut > 0 ? cut : length)].TrimEnd(',', ';', ':', ' ') + "\u2026";
    }

    internal static string Interval(ConfidenceInterval? interval) =>
        interval is null ? Undefined : FrenchFigures.Interval(interval.Lower, interval.Upper);

    private static void Row(StringBuilder md, string label, string grader, string baseline) =>
        md.AppendLine($"| {Typeset(label)} | {grader} | {baseline} |");

    internal static void Line(StringBuilder md, string text) => md.AppendLine(Typeset(text));

    // Rationales and failure reasons come from a model or the dossier: one line, no table-breaking pipes, no markup.
    internal static string Cell(string text)
    {
        var flat = string.Join(' ', text.Split((char[])['\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries)).Trim();
        var builder = new StringBuilder(flat.Length);
        foreach (var c in flat)
        {
            if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '#' or '|' or '~')
            {
                builder.Append('\\');
            }

            builder.Append(c);
        }

        return builder.ToString();
    }
}
