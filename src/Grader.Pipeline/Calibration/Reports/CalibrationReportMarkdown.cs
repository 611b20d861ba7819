using System.Text;
using Grader.Pipeline.Calibration.Gates;
using Grader.Pipeline.Calibration.Quality;
using static Grader.Pipeline.Calibration.Quality.FrenchFigures;
using static Grader.Pipeline.Calibration.Quality.QualityReportMarkdown;

namespace Grader.Pipeline.Calibration.Reports;

/// <summary>rapport.md: the quality report's sections, then the gates, the cost and every disagreement with its evidence.</summary>
public static class CalibrationReportMarkdown
{
    public static string Write(CalibrationReport report)
    {
        var md = new StringBuilder();
        var q = report.Quality;
        WriteHeader(md, q, $"# Rapport de calibration — jeu « {q.Set} »", HeaderLines(report));
        WriteGates(md, report);
        WriteLevels(md, q);
        WriteCriteria(md, q);
        WriteDeliverables(md, q);
        WriteCost(md, report);
        WriteDisagreements(md, q, withEvidence: true);
        WriteFailedCases(md, q);
        WriteFooter(md);
        return md.ToString();
    }

    /// <summary>What the terminal shows: the header, the gates and the overall figures; the rest is in the files.</summary>
    public static string Summary(CalibrationReport report)
    {
        var md = new StringBuilder();
        var q = report.Quality;
        WriteHeader(md, q, $"# Rapport de calibration — jeu « {q.Set} »", HeaderLines(report));
        WriteGates(md, report);
        WriteLevels(md, q);
        return md.ToString();
    }

    internal static IEnumerable<string> HeaderLines(CalibrationReport report)
    {
        yield return $"Configuration : {report.Configuration}";
        if (report.Models.Count > 0)
        {
            yield return $"Modèle : {string.Join(", ", report.Models)}";
        }

        foreach (var prompt in report.Prompts)
        {
            yield return $"Prompt ou heuristique : {prompt.Id} {prompt.Version} ({ShortHash(prompt.Sha256)})";
        }
    }

    internal static string ShortHash(string hash) => hash.Length > 19 ? hash[..19] + "…" : hash;

    internal static string GateRule(GateThresholds t) =>
        $"Seuils d’acceptation par critère : QWK ≥ {Number(t.MinimumKappa)}, |DMS| ≤ {Number(t.MaximumAbsoluteSmd)}, "
        + $"et sur les dossiers doublement corrigés, QWK humain–IA au plus {Number(t.MaximumDegradation)} sous le QWK humain–humain ; "
        + $"moins de {t.MinimumPairs} niveaux comparés, ou un chiffre non défini : « données insuffisantes ». "
        + "Un critère qui n’a pas réussi son seuil est signalé « à surveiller » aux jurys quand le profil est enregistré (--save-profile).";

    private static void WriteGates(StringBuilder md, CalibrationReport report)
    {
        Line(md, "## Seuils d’acceptation par critère");
        md.AppendLine();
        Line(md, GateRule(report.GateThresholds));
        md.AppendLine();
        var counts = report.Gates.GroupBy(g => g.Status).ToDictionary(g => g.Key, g => g.Count());
        Line(md, $"Réussis : {counts.GetValueOrDefault(GateStatus.Passed)} ; échoués : {counts.GetValueOrDefault(GateStatus.Failed)} ; "
            + $"données insuffisantes : {counts.GetValueOrDefault(GateStatus.NotEnoughData)}.");
        md.AppendLine();
        Line(md, "| Compétence | Résultat | Paires | QWK | DMS | Motifs |");
        md.AppendLine("|---|---|---:|---:|---:|---|");
        foreach (var gate in report.Gates)
        {
            md.AppendLine($"| {gate.Code} | {gate.StatusLabel} | {Count(gate.Pairs)} | {Number(gate.Kappa)} | {Number(gate.StandardisedMeanDifference)} | {Cell(string.Join(" ", gate.Reasons))} |");
        }

        md.AppendLine();
    }

    private static void WriteCost(StringBuilder md, CalibrationReport report)
    {
        Line(md, "## Coût");
        md.AppendLine();
        Line(md, $"Temps d’évaluation cumulé : {Seconds(report.Quality.EvaluationTime)} ; jetons : {Tokens(report.Quality.Tokens)}.");
        md.AppendLine();
        Line(md, "| Cas | Temps | Jetons en entrée | Jetons en sortie |");
        md.AppendLine("|---|---:|---:|---:|");
        foreach (var cost in report.CaseCosts)
        {
            md.AppendLine($"| {Cell(cost.Case)} | {Seconds(cost.Duration)} | {TokenCount(cost.Tokens.Input)} | {TokenCount(cost.Tokens.Output)} |");
        }

        md.AppendLine();
        if (report.CriterionCosts.Any(c => c.Tokens.Input is not null || c.Tokens.Output is not null))
        {
            Line(md, "| Compétence | Jetons en entrée | Jetons en sortie |");
            md.AppendLine("|---|---:|---:|");
            foreach (var cost in report.CriterionCosts)
            {
                md.AppendLine($"| {Cell(cost.Code)} | {TokenCount(cost.Tokens.Input)} | {TokenCount(cost.Tokens.Output)} |");
            }

            md.AppendLine();
        }
        else
        {
            Line(md, "Aucun jeton par compétence : aucun appel à un modèle de langue. Le temps n’est mesuré que par cas (les compétences d’un cas sont évaluées en parallèle).");
            md.AppendLine();
        }
    }

    internal static string TokenCount(int? value) => value is { } v ? Count(v) : Undefined;
}
