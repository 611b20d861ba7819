using Grader.Pipeline.Calibration.Gates;
using Grader.Pipeline.Calibration.Metrics;
using Grader.Pipeline.Calibration.Quality;
using static Grader.Pipeline.Calibration.Quality.FrenchFigures;

namespace Grader.Pipeline.Calibration.Reports;

/// <summary>rapport.html: the same content as rapport.md, self-contained, with the agreement bars and confusion matrices drawn in SVG.</summary>
public static class CalibrationReportHtml
{
    public static string Write(CalibrationReport report)
    {
        var q = report.Quality;
        var page = new HtmlReport($"Rapport de calibration — jeu « {q.Set} »");
        page.Code(q.Command);
        page.List(Header(report));
        WriteGates(page, report);
        WriteAgreement(page, report);
        WriteDeliverables(page, q);
        WriteCost(page, report);
        WriteDisagreements(page, q);
        if (q.FailedCases.Count > 0)
        {
            page.Heading("Cas non évalués").List(q.FailedCases.Select(f => $"{f.Case} : {f.Reason}"));
        }

        page.Paragraph($"{Undefined} : valeur non définie (aucune paire, ou une seule modalité de part et d’autre).");
        return page.ToString();
    }

    internal static IEnumerable<string> Header(CalibrationReport report)
    {
        var q = report.Quality;
        yield return $"Référentiel : {q.RubricId} {q.RubricVersion}";
        yield return $"Fournisseur : {(q.Providers.Count == 0 ? Undefined : string.Join(", ", q.Providers))}";
        foreach (var line in CalibrationReportMarkdown.HeaderLines(report))
        {
            yield return line;
        }

        yield return $"Cas : {Count(q.Cases)} (évalués : {Count(q.Cases - q.FailedCases.Count)}) ; temps d’évaluation cumulé : {Seconds(q.EvaluationTime)}";
        yield return $"Jetons : {QualityReportMarkdown.Tokens(q.Tokens)}";
        yield return $"Intervalle de confiance du QWK : bootstrap percentile, {Count(q.Bootstrap.Resamples)} tirages, graine {q.Bootstrap.Seed}, niveau {Percent(q.Bootstrap.Level)}";
    }

    internal static Cell GateCell(CriterionGate gate) => new(gate.StatusLabel, gate.Status.ToString().ToLowerInvariant());

    private static void WriteGates(HtmlReport page, CalibrationReport report)
    {
        page.Heading("Seuils d’acceptation par critère").Paragraph(CalibrationReportMarkdown.GateRule(report.GateThresholds));
        page.Table(
            "Résultat du seuil de chaque compétence",
            ["Compétence", "Résultat", "Paires", "QWK", "DMS", "Motifs"],
            report.Gates.Select(g => (IReadOnlyList<Cell>)[g.Code, GateCell(g), Count(g.Pairs), Number(g.Kappa), Number(g.StandardisedMeanDifference), Typeset(string.Join(" ", g.Reasons))]));
    }

    private static void WriteAgreement(HtmlReport page, CalibrationReport report)
    {
        var q = report.Quality;
        var (grader, baseline) = (q.Overall.Grader, q.Overall.Baseline);
        page.Heading("Niveaux — ensemble des compétences");
        page.Table(
            "Accord avec le jury, toutes compétences",
            ["Mesure", "Grader", $"Toujours niveau {q.BaselineLevel}"],
            [
                ["Paires comparées", Count(grader.Pairs), Count(baseline.Pairs)],
                ["Accord exact", Number(grader.ExactAgreement), Number(baseline.ExactAgreement)],
                ["Accord adjacent (écart ≤ 1)", Number(grader.AdjacentAgreement), Number(baseline.AdjacentAgreement)],
                ["Erreur absolue moyenne", Number(grader.MeanAbsoluteError), Number(baseline.MeanAbsoluteError)],
                ["Kappa pondéré quadratique (QWK)", Number(grader.Kappa), Number(baseline.Kappa)],
                [$"IC {Percent(q.Bootstrap.Level)} du QWK", QualityReportMarkdown.Interval(grader.KappaInterval), QualityReportMarkdown.Interval(baseline.KappaInterval)],
                ["Différence moyenne standardisée (IA − jury)", Number(grader.StandardisedMeanDifference), Number(baseline.StandardisedMeanDifference)],
                ["Niveau moyen du jury", Number(grader.HumanMean), Number(baseline.HumanMean)],
                ["Niveau moyen proposé", Number(grader.AiMean), Number(baseline.AiMean)],
            ]);
        page.Confusion("confusion-ensemble", "Matrice de confusion, toutes compétences", grader.Confusion);

        page.Heading("Niveaux par compétence");
        page.Open("div class=\"charts\"");
        page.BarChart(
            "accord-criteres",
            "Accord avec le jury par compétence",
            "Pour chaque compétence, l’accord exact et le kappa pondéré quadratique de Grader avec le jury, sur une échelle de 0 à 1.",
            ["Accord exact", "QWK"],
            q.PerCriterion.Where(c => c.Levels.Grader.Pairs > 0).Select(c => (c.Code, (IReadOnlyList<double?>)[c.Levels.Grader.ExactAgreement, c.Levels.Grader.Kappa])).ToList());
        page.Close("div");
        page.Table(
            "Chiffres par compétence (EAM : erreur absolue moyenne ; DMS : différence moyenne standardisée)",
            ["Compétence", "Épreuve", "Paires", "Exclues", "Exact", "Adjacent", "EAM", "QWK", $"IC {Percent(q.Bootstrap.Level)}", "DMS"],
            q.PerCriterion.Select(c =>
            {
                var g = c.Levels.Grader;
                return (IReadOnlyList<Cell>)[c.Code, c.Epreuve, Count(g.Pairs), Count(c.Levels.Excluded.Total), Number(g.ExactAgreement), Number(g.AdjacentAgreement),
                    Number(g.MeanAbsoluteError), Number(g.Kappa), QualityReportMarkdown.Interval(g.KappaInterval), Number(g.StandardisedMeanDifference)];
            }));
        page.Heading("Matrices de confusion par compétence", 3);
        page.Open("div class=\"charts\"");
        foreach (var (criterion, i) in q.PerCriterion.Where(c => c.Levels.Grader.Pairs > 0).Select((c, i) => (c, i)))
        {
            page.Confusion($"confusion-{i}", $"Matrice de confusion — {criterion.Code}", criterion.Levels.Grader.Confusion);
        }

        page.Close("div");
    }

    private static void WriteDeliverables(HtmlReport page, QualityReport q)
    {
        var (grader, baseline) = (q.Deliverables.Grader, q.Deliverables.Baseline);
        page.Heading("Éléments attendus du dossier (livrables)")
            .Paragraph("Un élément « partiel » compte comme présent, d’un côté comme de l’autre : la question est de repérer ce qui manque.");
        page.Table(
            "Détection des éléments absents et présents",
            ["Mesure", "Grader", "Tous présents"],
            [
                ["Éléments comparés", Count(q.Deliverables.Items), Count(q.Deliverables.Items)],
                ["Absents selon le jury", Count(grader.Absent.ActualPositives), Count(baseline.Absent.ActualPositives)],
                ["Absents : rappel", Number(grader.Absent.Recall), Number(baseline.Absent.Recall)],
                ["Absents : précision", Number(grader.Absent.Precision), Number(baseline.Absent.Precision)],
                ["Présents : rappel", Number(grader.Present.Recall), Number(baseline.Present.Recall)],
                ["Présents : précision", Number(grader.Present.Precision), Number(baseline.Present.Precision)],
            ]);
    }

    private static void WriteCost(HtmlReport page, CalibrationReport report)
    {
        page.Heading("Coût").Paragraph($"Temps d’évaluation cumulé : {Seconds(report.Quality.EvaluationTime)} ; jetons : {QualityReportMarkdown.Tokens(report.Quality.Tokens)}.");
        page.Table(
            "Temps et jetons par cas",
            ["Cas", "Temps", "Jetons en entrée", "Jetons en sortie"],
            report.CaseCosts.Select(c => (IReadOnlyList<Cell>)[c.Case, Seconds(c.Duration), CalibrationReportMarkdown.TokenCount(c.Tokens.Input), CalibrationReportMarkdown.TokenCount(c.Tokens.Output)]));
        if (report.CriterionCosts.Any(c => c.Tokens.Input is not null || c.Tokens.Output is not null))
        {
            page.Table(
                "Jetons par compétence",
                ["Compétence", "Jetons en entrée", "Jetons en sortie"],
                report.CriterionCosts.Select(c => (IReadOnlyList<Cell>)[c.Code, CalibrationReportMarkdown.TokenCount(c.Tokens.Input), CalibrationReportMarkdown.TokenCount(c.Tokens.Output)]));
        }
    }

    private static void WriteDisagreements(HtmlReport page, QualityReport q)
    {
        page.Heading($"Désaccords ({Count(q.Disagreements.Count)})");
        if (q.Disagreements.Count == 0)
        {
            page.Paragraph("Aucun : Grader a proposé le niveau du jury pour chaque paire comparée.");
            return;
        }

        page.Table(
            "Chaque désaccord entre Grader et le jury",
            ["Cas", "Compétence", "Jury", "Grader", "Justification de Grader", "Éléments cités par Grader"],
            q.Disagreements.Select(d => (IReadOnlyList<Cell>)[d.Case, d.Code, d.Human.ToString(System.Globalization.CultureInfo.InvariantCulture),
                d.Ai.ToString(System.Globalization.CultureInfo.InvariantCulture), d.Rationale, QualityReportMarkdown.EvidenceText(d.Evidence)]));
    }
}
