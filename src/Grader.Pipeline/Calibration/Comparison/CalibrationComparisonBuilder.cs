using Grader.Pipeline.Calibration.Metrics;
using Grader.Pipeline.Calibration.Quality;
using Grader.Pipeline.Calibration.Reports;
using Grader.Pipeline.Rubrics;

namespace Grader.Pipeline.Calibration.Comparison;

/// <summary>What one configuration gave: its set (read with its own rubric), outcomes and report.</summary>
public sealed record ConfigurationRun(EvaluationSet Set, IReadOnlyList<CaseOutcome> Outcomes, CalibrationReport Report);

/// <summary>
/// Lines up two runs on the same cases: a compétence of a case is compared only when both configurations produced a
/// level for it (matched by the référentiel's code, so that two rubric versions still pair), then each figure is
/// computed on A's and B's levels of those same pairs, with a paired bootstrap over cases.
/// </summary>
public static class CalibrationComparisonBuilder
{
    public static CalibrationComparison Build(ConfigurationRun a, ConfigurationRun b, string command, BootstrapOptions bootstrap, IReadOnlyList<string> notes)
    {
        var range = LevelRange.Of(a.Set.Rubric.Scale);
        var levelsA = Levels(a);
        var levelsB = Levels(b);
        var matched = levelsA.Keys.Where(levelsB.ContainsKey)
            .Select(k => (Key: k, Human: levelsA[k].Human, A: levelsA[k].Ai, B: levelsB[k].Ai))
            .Where(x => x.Human == levelsB[x.Key].Human)
            .ToList();
        var cases = PairedCases(matched.Select(m => (m.Key.Case, m.Human, m.A, m.B)));
        double? Kappa(IReadOnlyList<LevelPair> p) => QuadraticWeightedKappa.Compute(p, range);

        var order = a.Report.Quality.PerCriterion.Select((c, i) => (c.Code, i)).ToDictionary(x => x.Code, x => x.i, StringComparer.Ordinal);
        return new CalibrationComparison
        {
            Set = a.Report.Quality.Set,
            Command = command,
            ConfigurationA = a.Report.Configuration,
            ConfigurationB = b.Report.Configuration,
            Cases = cases.Count,
            Pairs = matched.Count,
            Bootstrap = bootstrap,
            Overall =
            [
                new("QWK", PairedBootstrap.Compute(cases, Kappa, bootstrap)),
                new("Accord exact", PairedBootstrap.Compute(cases, p => LevelAgreement.Exact(p.ToList()), bootstrap)),
                new("Accord adjacent", PairedBootstrap.Compute(cases, p => LevelAgreement.Adjacent(p.ToList()), bootstrap)),
                new("Erreur absolue moyenne", PairedBootstrap.Compute(cases, p => LevelAgreement.MeanAbsoluteError(p.ToList()), bootstrap)),
                new("Différence moyenne standardisée", PairedBootstrap.Compute(cases, p => StandardisedMeanDifference.Compute(p.ToList()), bootstrap)),
            ],
            PerCriterion = matched
                .GroupBy(m => m.Key.Code, StringComparer.Ordinal)
                .OrderBy(g => order.GetValueOrDefault(g.Key, int.MaxValue))
                .Select(g =>
                {
                    var criterionCases = PairedCases(g.Select(m => (m.Key.Case, m.Human, m.A, m.B)));
                    return new ComparedCriterion(
                        g.Key,
                        g.Count(),
                        PairedBootstrap.Compute(criterionCases, Kappa, bootstrap),
                        PairedBootstrap.Compute(criterionCases, p => LevelAgreement.Exact(p.ToList()), bootstrap),
                        PairedBootstrap.Compute(criterionCases, p => LevelAgreement.MeanAbsoluteError(p.ToList()), bootstrap));
                })
                .ToList(),
            Notes = notes,
            A = a.Report,
            B = b.Report,
        };
    }

    private static Dictionary<(string Case, string Code), (int Human, int Ai)> Levels(ConfigurationRun run)
    {
        var comparer = new CaseComparer(new RubricIndex(run.Set.Rubric));
        return run.Outcomes
            .Where(o => o.Assessment is not null)
            .SelectMany(o => comparer.Criteria(o.Case, o.Assessment!))
            .Where(c => c.IsPair)
            .ToDictionary(c => (c.CaseId, c.Competence.SourceCode), c => (c.Human!.Value, c.Ai!.Level!.Value));
    }

    private static List<PairedCase> PairedCases(IEnumerable<(string Case, int Human, int A, int B)> levels) => levels
        .GroupBy(l => l.Case, StringComparer.Ordinal)
        .OrderBy(g => g.Key, StringComparer.Ordinal)
        .Select(g => new PairedCase(g.Key, g.Select(l => new LevelPair(l.Human, l.A)).ToList(), g.Select(l => new LevelPair(l.Human, l.B)).ToList()))
        .ToList();
}
