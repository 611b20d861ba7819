using System.Text;
using Grader.Pipeline.Calibration.Metrics;
using Grader.Pipeline.Calibration.Reports;
using static Grader.Pipeline.Calibration.Quality.FrenchFigures;
using static Grader.Pipeline.Calibration.Quality.QualityReportMarkdown;

namespace Grader.Pipeline.Calibration.Comparison;

/// <summary>The comparison as Markdown (also what the terminal shows) and as a self-contained HTML page.</summary>
public static class CalibrationComparisonWriters
{
    public static string Markdown(CalibrationComparison c, bool summaryOnly = false)
    {
        var md = new StringBuilder();
        Line(md, $"# Comparaison de deux configurations — jeu « {c.Set} »");
        md.AppendLine();
        md.AppendLine("```sh").AppendLine(c.Command).AppendLine("```");
        md.AppendLine();
        Line(md, $"- A : {c.ConfigurationA}");
        Line(md, $"- B : {c.ConfigurationB}");
        Line(md, $"- Cas appariés : {Count(c.Cases)} ; niveaux comparés dans les deux configurations : {Count(c.Pairs)}");
        Line(md, $"- Différence B − A, intervalle de confiance : bootstrap apparié par cas, {Count(c.Bootstrap.Resamples)} tirages, graine {c.Bootstrap.Seed}, niveau {Percent(c.Bootstrap.Level)}");
        foreach (var note in c.Notes)
        {
            Line(md, "- Remarque : " + note);
        }

        md.AppendLine();
        Line(md, "## Ensemble des compétences");
        md.AppendLine();
        Line(md, $"| Mesure | A | B | B − A | IC {Percent(c.Bootstrap.Level)} de B − A |");
        md.AppendLine("|---|---:|---:|---:|---|");
        foreach (var figure in c.Overall)
        {
            md.AppendLine($"| {Typeset(figure.Name)} | {Number(figure.Value.A)} | {Number(figure.Value.B)} | {Signed(figure.Value.Difference)} | {Interval(figure.Value.Interval)} |");
        }

        md.AppendLine();
        Line(md, "## QWK par compétence");
        md.AppendLine();
        Line(md, $"| Compétence | Paires | QWK A | QWK B | B − A | IC {Percent(c.Bootstrap.Level)} | Exact A | Exact B | Seuil A | Seuil B |");
        md.AppendLine("|---|---:|---:|---:|---:|---|---:|---:|---|---|");
        var gatesA = c.A.Gates.ToDictionary(g => g.Code, StringComparer.Ordinal);
        var gatesB = c.B.Gates.ToDictionary(g => g.Code, StringComparer.Ordinal);
        foreach (var criterion in c.PerCriterion)
        {
            md.AppendLine($"| {criterion.Code} | {Count(criterion.Pairs)} | {Number(criterion.Kappa.A)} | {Number(criterion.Kappa.B)} | {Signed(criterion.Kappa.Difference)} "
                + $"| {Interval(criterion.Kappa.Interval)} | {Number(criterion.Exact.A)} | {Number(criterion.Exact.B)} "
                + $"| {gatesA.GetValueOrDefault(criterion.Code)?.StatusLabel ?? Undefined} | {gatesB.GetValueOrDefault(criterion.Code)?.StatusLabel ?? Undefined} |");
        }

        md.AppendLine();
        if (!summaryOnly)
        {
            Line(md, "Les rapports complets de chaque configuration (désaccords, livrables, coût) suivent.");
            md.AppendLine();
            md.Append(Demote(CalibrationReportMarkdown.Write(c.A), "A")).AppendLine();
            md.Append(Demote(CalibrationReportMarkdown.Write(c.B), "B"));
        }

        return md.ToString();
    }

    public static string Html(CalibrationComparison c)
    {
        var page = new HtmlReport($"Comparaison de deux configurations — jeu « {c.Set} »");
        page.Code(c.Command);
        page.List(
            new[]
            {
                $"A : {c.ConfigurationA}",
                $"B : {c.ConfigurationB}",
                $"Cas appariés : {Count(c.Cases)} ; niveaux comparés dans les deux configurations : {Count(c.Pairs)}",
                $"Différence B − A, intervalle de confiance : bootstrap apparié par cas, {Count(c.Bootstrap.Resamples)} tirages, graine {c.Bootstrap.Seed}, niveau {Percent(c.Bootstrap.Level)}",
            }.Concat(c.Notes.Select(n => "Remarque : " + n)));
        page.Heading("Ensemble des compétences");
        page.Table(
            "Chiffres de A et B sur les mêmes paires, et leur différence",
            ["Mesure", "A", "B", "B − A", $"IC {Percent(c.Bootstrap.Level)} de B − A"],
            c.Overall.Select(f => (IReadOnlyList<Cell>)[f.Name, Number(f.Value.A), Number(f.Value.B), Signed(f.Value.Difference), Interval(f.Value.Interval)]));
        page.Heading("QWK par compétence");
        page.BarChart(
            "qwk-ab",
            "QWK par compétence, configuration A et configuration B",
            "Pour chaque compétence, le kappa pondéré quadratique de A puis de B avec le jury, sur les mêmes paires, échelle de 0 à 1.",
            ["A", "B"],
            c.PerCriterion.Select(p => (p.Code, (IReadOnlyList<double?>)[p.Kappa.A, p.Kappa.B])).ToList());
        page.Table(
            "QWK par compétence, différence B − A et son intervalle",
            ["Compétence", "Paires", "QWK A", "QWK B", "B − A", $"IC {Percent(c.Bootstrap.Level)}", "Exact A", "Exact B"],
            c.PerCriterion.Select(p => (IReadOnlyList<Cell>)[p.Code, Count(p.Pairs), Number(p.Kappa.A), Number(p.Kappa.B), Signed(p.Kappa.Difference),
                Interval(p.Kappa.Interval), Number(p.Exact.A), Number(p.Exact.B)]));
        var gatesB = c.B.Gates.ToDictionary(g => g.Code, StringComparer.Ordinal);
        page.Heading("Seuils d’acceptation");
        page.Table(
            "Résultat du seuil de chaque compétence dans A et dans B",
            ["Compétence", "A", "B"],
            c.A.Gates.Select(g => (IReadOnlyList<Cell>)[g.Code, CalibrationReportHtml.GateCell(g),
                gatesB.TryGetValue(g.Code, out var b) ? CalibrationReportHtml.GateCell(b) : new Cell(Undefined)]));
        page.Paragraph("Les rapports complets de chaque configuration sont dans rapport-a.html et rapport-b.html.");
        return page.ToString();
    }

    // « +0,08 » for a gain; a difference that rounds to zero gets no sign.
    private static string Signed(double? value) => value is > 0 && Number(value) != Number(0) ? "+" + Number(value) : Number(value);

    // Each configuration's full report nested under the comparison: one heading level down, titled A or B.
    private static string Demote(string markdown, string label)
    {
        var lines = markdown.Split('\n').Select(l => l.StartsWith('#') ? "#" + l : l).ToList();
        lines[0] = lines[0].Replace("## Rapport de calibration", $"## Configuration {label} — rapport de calibration", StringComparison.Ordinal);
        return string.Join('\n', lines);
    }
}
