using Grader.Pipeline.Calibration.Gates;
using Grader.Pipeline.Calibration.Metrics;
using Grader.Pipeline.Calibration.Quality;
using Grader.Pipeline.Evaluation.Model;
using Grader.Pipeline.Rubrics;

namespace Grader.Pipeline.Calibration.Reports;

/// <summary>Builds a <see cref="CalibrationReport"/>: the quality report of issue 5, plus gates and costs.</summary>
public static class CalibrationReportBuilder
{
    public static CalibrationReport Build(
        EvaluationSet set, IReadOnlyList<CaseOutcome> outcomes, QualityReportSettings settings, GateThresholds gates, string configuration)
    {
        var quality = QualityReportBuilder.Build(set, outcomes, settings);
        var range = LevelRange.Of(set.Rubric.Scale);
        var comparer = new CaseComparer(new RubricIndex(set.Rubric));
        var evaluated = outcomes.Where(o => o.Assessment is not null).ToList();
        var comparisons = evaluated.SelectMany(o => comparer.Criteria(o.Case, o.Assessment!)).ToList();

        return new CalibrationReport
        {
            Configuration = configuration,
            Quality = quality,
            GateThresholds = gates,
            Gates = quality.PerCriterion.Select(c => Gate(c, comparisons, range, gates)).ToList(),
            CaseCosts = outcomes.Select(o => new CaseCost(o.Case.Id, o.Duration, o.Assessment?.Provenance.Tokens.Total ?? TokenCounts.Zero)).ToList(),
            CriterionCosts = evaluated
                .SelectMany(o => o.Assessment!.Provenance.Tokens.PerCriterion)
                .GroupBy(c => c.Criterion, StringComparer.OrdinalIgnoreCase)
                .Select(g => new CriterionCost(g.Key, g.Aggregate(TokenCounts.Zero, (sum, c) => sum + c.Tokens)))
                .OrderBy(c => c.Code, StringComparer.Ordinal)
                .ToList(),
            Prompts = evaluated.SelectMany(o => o.Assessment!.Provenance.Prompts).Distinct().OrderBy(p => p.Id, StringComparer.Ordinal).ToList(),
            Models = evaluated.Select(o => o.Assessment!.Provenance.Model).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList(),
        };
    }

    private static CriterionGate Gate(CriterionQuality criterion, List<CriterionComparison> comparisons, LevelRange range, GateThresholds thresholds)
    {
        var doubleMarked = comparisons
            .Where(c => c.IsPair && c.SecondHuman is not null && string.Equals(c.Competence.Id, criterion.CompetenceId, StringComparison.Ordinal))
            .Select(c => (c.Human!.Value, c.SecondHuman!.Value, c.Ai!.Level!.Value));
        return GateEvaluator.Evaluate(
            criterion.Code, criterion.CompetenceId, criterion.Levels.Grader, GateEvaluator.HumanAgreement(doubleMarked, range), thresholds);
    }
}
