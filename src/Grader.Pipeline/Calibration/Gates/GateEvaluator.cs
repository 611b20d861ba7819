using Grader.Pipeline.Calibration.Metrics;
using static Grader.Pipeline.Calibration.Quality.FrenchFigures;

namespace Grader.Pipeline.Calibration.Gates;

/// <summary>
/// Applies <see cref="GateThresholds"/> to a criterion's figures. A figure that fails is a failure even when another
/// is undefined; a criterion with too few pairs, or whose QWK or SMD is undefined and nothing failed, has « not enough
/// data » — an undefined figure never passes a gate.
/// </summary>
public static class GateEvaluator
{
    public static CriterionGate Evaluate(string code, string competenceId, LevelMetrics ai, HumanAgreement? human, GateThresholds thresholds)
    {
        var reasons = new List<string>();
        if (ai.Pairs < thresholds.MinimumPairs)
        {
            reasons.Add($"{ai.Pairs} niveau(x) comparé(s) avec le jury ; il en faut au moins {thresholds.MinimumPairs} pour juger.");
            return new CriterionGate(code, competenceId, GateStatus.NotEnoughData, reasons.Select(Typeset).ToList(), ai.Pairs, ai.Kappa, ai.StandardisedMeanDifference, human);
        }

        var failed = false;
        var undefined = false;
        if (ai.Kappa is { } kappa)
        {
            var ok = kappa >= thresholds.MinimumKappa - 1e-9;
            failed |= !ok;
            reasons.Add($"QWK {Number(kappa)} {(ok ? "≥" : "<")} {Number(thresholds.MinimumKappa)}.");
        }
        else
        {
            undefined = true;
            reasons.Add("QWK non défini (le jury ou Grader n’utilise qu’un seul niveau sur ces dossiers).");
        }

        if (ai.StandardisedMeanDifference is { } smd)
        {
            var ok = Math.Abs(smd) <= thresholds.MaximumAbsoluteSmd + 1e-9;
            failed |= !ok;
            reasons.Add($"|DMS| {Number(Math.Abs(smd))} {(ok ? "≤" : ">")} {Number(thresholds.MaximumAbsoluteSmd)}"
                + (ok ? "." : smd > 0 ? " : Grader note plus haut que le jury." : " : Grader note plus bas que le jury."));
        }
        else
        {
            undefined = true;
            reasons.Add("DMS non définie (niveaux constants de part et d’autre).");
        }

        if (human is { Pairs: > 0 })
        {
            if (human.Pairs >= thresholds.MinimumPairs && human.Degradation is { } degradation)
            {
                var ok = degradation <= thresholds.MaximumDegradation + 1e-9;
                failed |= !ok;
                reasons.Add($"double correction ({human.Pairs} dossiers) : QWK humain–IA {Number(human.HumanAiKappa)}, humain–humain {Number(human.HumanHumanKappa)}, "
                    + $"écart {Number(degradation)} {(ok ? "≤" : ">")} {Number(thresholds.MaximumDegradation)}.");
            }
            else
            {
                reasons.Add($"double correction sur {human.Pairs} dossier(s) : trop peu, ou QWK non défini, pour comparer à l’accord entre jurys.");
            }
        }

        var status = failed ? GateStatus.Failed : undefined ? GateStatus.NotEnoughData : GateStatus.Passed;
        return new CriterionGate(code, competenceId, status, reasons.Select(Typeset).ToList(), ai.Pairs, ai.Kappa, ai.StandardisedMeanDifference, human);
    }

    /// <summary>Human–human and human–AI QWK on the comparisons that carry a second juror's level and a Grader level.</summary>
    public static HumanAgreement? HumanAgreement(IEnumerable<(int Human, int Second, int Ai)> doubleMarked, LevelRange range)
    {
        var list = doubleMarked.ToList();
        if (list.Count == 0)
        {
            return null;
        }

        return new HumanAgreement(
            list.Count,
            QuadraticWeightedKappa.Compute(list.Select(x => new LevelPair(x.Human, x.Second)).ToList(), range),
            QuadraticWeightedKappa.Compute(list.Select(x => new LevelPair(x.Human, x.Ai)).ToList(), range));
    }
}
