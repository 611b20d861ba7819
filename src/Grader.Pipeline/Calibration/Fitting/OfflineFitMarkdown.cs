using System.Text;
using Grader.Pipeline.Calibration.Metrics;
using Grader.Pipeline.Evaluation.Offline;
using static Grader.Pipeline.Calibration.Quality.FrenchFigures;
using static Grader.Pipeline.Calibration.Quality.QualityReportMarkdown;

namespace Grader.Pipeline.Calibration.Fitting;

/// <summary>The fit's report in French: cross-validated figures before and after, per compétence, and the cutoffs fitted on all cases.</summary>
public static class OfflineFitMarkdown
{
    public static string Write(OfflineFitResult fit)
    {
        var md = new StringBuilder();
        var cv = fit.CrossValidation;
        Line(md, $"# Ajustement des seuils hors ligne — jeu « {fit.Set} »");
        md.AppendLine();
        md.AppendLine("```sh").AppendLine(fit.Command).AppendLine("```");
        md.AppendLine();
        var cases = fit.Samples.Select(s => s.Case).Distinct(StringComparer.Ordinal).Count();
        Line(md, $"- Validation croisée par cas : {cv.Folds} blocs{(cv.Folds == cases ? " (un cas laissé de côté à chaque fois)" : "")}, {Count(cases)} cas, {Count(cv.Levels.Count)} niveaux du jury.");
        Line(md, "- Chaque niveau « après » est calculé avec des seuils ajustés **sans** le cas auquel il appartient ; « avant » : seuils livrés (OfflineThresholds).");
        Line(md, $"- Profil ajusté sur tous les cas : {fit.Profile.Fingerprint}");
        md.AppendLine();
        Line(md, "## Chiffres en validation croisée");
        md.AppendLine();
        Line(md, "| Mesure | Seuils livrés | Seuils ajustés (validation croisée) |");
        md.AppendLine("|---|---:|---:|");
        Row(md, "Accord exact", cv.Before.ExactAgreement, cv.After.ExactAgreement);
        Row(md, "Accord adjacent", cv.Before.AdjacentAgreement, cv.After.AdjacentAgreement);
        Row(md, "Erreur absolue moyenne", cv.Before.MeanAbsoluteError, cv.After.MeanAbsoluteError);
        Row(md, "QWK", cv.Before.Kappa, cv.After.Kappa);
        md.AppendLine($"| {Typeset("IC 95 % du QWK")} | {Interval(cv.Before.KappaInterval)} | {Interval(cv.After.KappaInterval)} |");
        Row(md, "Différence moyenne standardisée", cv.Before.StandardisedMeanDifference, cv.After.StandardisedMeanDifference);
        Row(md, "Niveau moyen proposé", cv.Before.AiMean, cv.After.AiMean);
        md.AppendLine();
        Line(md, $"Différence de QWK (après − avant) : {Number(cv.KappaDifference.Difference)}, IC {Percent(0.95)} par bootstrap apparié sur les cas : {Interval(cv.KappaDifference.Interval)}.");
        Line(md, Verdict(cv));
        md.AppendLine();
        Line(md, "### Matrices de confusion en validation croisée (lignes : jury ; colonnes : Grader)");
        md.AppendLine();
        Line(md, "Seuils livrés :");
        md.AppendLine();
        WriteConfusion(md, cv.Before.Confusion);
        Line(md, "Seuils ajustés :");
        md.AppendLine();
        WriteConfusion(md, cv.After.Confusion);
        Line(md, "## Par compétence (validation croisée)");
        md.AppendLine();
        Line(md, "| Compétence | Niveaux | Exact avant | Exact après | EAM avant | EAM après |");
        md.AppendLine("|---|---:|---:|---:|---:|---:|");
        foreach (var group in cv.Levels.GroupBy(l => l.Sample.Code, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var before = group.Select(l => new LevelPair(l.Sample.Human, l.Before)).ToList();
            var after = group.Select(l => new LevelPair(l.Sample.Human, l.After)).ToList();
            md.AppendLine($"| {group.Key} | {Count(group.Count())} | {Number(LevelAgreement.Exact(before))} | {Number(LevelAgreement.Exact(after))} "
                + $"| {Number(LevelAgreement.MeanAbsoluteError(before))} | {Number(LevelAgreement.MeanAbsoluteError(after))} |");
        }

        md.AppendLine();
        Line(md, "## Seuils ajustés sur tous les cas (le profil enregistré)");
        md.AppendLine();
        Line(md, "| Seuil | Livré | Ajusté (global) |");
        md.AppendLine("|---|---:|---:|");
        var shipped = LevelCutoffs.From(OfflineThresholds.Default);
        var fitted = fit.Profile.Global;
        Cut(md, "Couverture minimale (niveau au-dessus du minimum)", shipped.SomeEvidenceCoverage, fitted.SomeEvidenceCoverage);
        Cut(md, "Couverture « acquis »", shipped.AcquiredCoverage, fitted.AcquiredCoverage);
        Cut(md, "Types d’indices « acquis »", shipped.AcquiredCueKinds, fitted.AcquiredCueKinds);
        Cut(md, "Passages pertinents « acquis »", shipped.AcquiredSupportingPassages, fitted.AcquiredSupportingPassages);
        Cut(md, "Couverture niveau maximal", shipped.TopCoverage, fitted.TopCoverage);
        Cut(md, "Types d’indices niveau maximal", shipped.TopCueKinds, fitted.TopCueKinds);
        Cut(md, "Passages pertinents niveau maximal", shipped.TopSupportingPassages, fitted.TopSupportingPassages);
        Cut(md, "Sections distinctes niveau maximal", shipped.TopDistinctSections, fitted.TopDistinctSections);
        md.AppendLine();
        Line(md, fit.Profile.PerCompetence.Count == 0
            ? "Aucune compétence n’a assez de cas pour des seuils propres : les seuils globaux s’appliquent à toutes."
            : $"Seuils propres à {fit.Profile.PerCompetence.Count} compétence(s) : {string.Join(", ", fit.Profile.PerCompetence.Keys)}.");
        md.AppendLine();
        foreach (var failed in fit.FailedCases)
        {
            Line(md, $"- Cas non évalué : {failed.Case} — {failed.Reason}");
        }

        return md.ToString();
    }

    /// <summary>One honest sentence on whether the fit helps on unseen dossiers.</summary>
    public static string Verdict(CrossValidationResult cv) => (cv.KappaDifference.Difference, cv.KappaDifference.Interval) switch
    {
        (null, _) => "Le QWK n’est pas défini avant ou après : la validation croisée ne permet pas de conclure.",
        ({ } d, { } ci) when ci.Lower > 0 => $"En validation croisée, l’ajustement améliore le QWK de {Number(d)} et l’intervalle exclut zéro.",
        ({ } d, _) when d > 0 => $"En validation croisée, le QWK gagne {Number(d)}, mais l’intervalle contient zéro : l’amélioration n’est pas établie sur si peu de cas.",
        ({ } d, _) when d < 0 => $"En validation croisée, l’ajustement **dégrade** le QWK ({Number(d)}) : ne pas utiliser ce profil tel quel.",
        _ => "En validation croisée, l’ajustement ne change pas le QWK.",
    };

    private static void Row(StringBuilder md, string label, double? before, double? after) =>
        md.AppendLine($"| {Typeset(label)} | {Number(before)} | {Number(after)} |");

    private static void Cut(StringBuilder md, string label, double shipped, double fitted) =>
        md.AppendLine($"| {Typeset(label)} | {Number(shipped)} | {Number(fitted)} |");

    private static void Cut(StringBuilder md, string label, int shipped, int fitted) =>
        md.AppendLine($"| {Typeset(label)} | {Count(shipped)} | {Count(fitted)} |");
}
