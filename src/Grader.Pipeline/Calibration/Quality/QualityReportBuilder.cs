using Grader.Pipeline.Calibration.Metrics;
using Grader.Pipeline.Evaluation.Model;
using Grader.Pipeline.Rubrics;

namespace Grader.Pipeline.Calibration.Quality;

/// <summary>Computes a <see cref="QualityReport"/> from a set and what the evaluation gave for each of its cases.</summary>
public static class QualityReportBuilder
{
    public static QualityReport Build(EvaluationSet set, IReadOnlyList<CaseOutcome> outcomes, QualityReportSettings settings)
    {
        var range = LevelRange.Of(set.Rubric.Scale);
        if (!range.Contains(settings.BaselineLevel))
        {
            throw new ArgumentOutOfRangeException(nameof(settings), settings.BaselineLevel, "The baseline level must be on the rubric's scale.");
        }

        var index = new RubricIndex(set.Rubric);
        var comparer = new CaseComparer(index);
        var evaluated = outcomes.Where(o => o.Assessment is not null).ToList();
        var criteria = evaluated.SelectMany(o => comparer.Criteria(o.Case, o.Assessment!)).ToList();
        var deliverables = evaluated.SelectMany(o => comparer.Deliverables(o.Case, o.Assessment!)).ToList();

        return new QualityReport
        {
            Set = set.Name,
            Command = settings.Command,
            Providers = evaluated.Select(o => o.Assessment!.Provider).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal).ToList(),
            RubricId = set.Rubric.Id,
            RubricVersion = set.Rubric.Version,
            Cases = set.Cases.Count,
            BaselineLevel = settings.BaselineLevel,
            Bootstrap = settings.Bootstrap,
            Overall = Compare(criteria, range, settings),
            PerCriterion = PerCriterion(criteria, set.Rubric, range, settings),
            Deliverables = Deliverables(deliverables),
            Disagreements = criteria
                .Where(c => c.IsPair && c.Human != c.Ai!.Level)
                .Select(c => new Disagreement(c.CaseId, c.Competence.SourceCode, c.Human!.Value, c.Ai!.Level!.Value, c.Ai.Rationale, c.Ai.Evidence))
                .ToList(),
            FailedCases = outcomes.Where(o => o.Failure is not null).Select(o => new FailedCase(o.Case.Id, o.Failure!)).ToList(),
            EvaluationTime = outcomes.Aggregate(TimeSpan.Zero, (sum, o) => sum + o.Duration),
            Tokens = evaluated.Aggregate(TokenCounts.Zero, (sum, o) => sum + o.Assessment!.Provenance.Tokens.Total),
        };
    }

    private static LevelComparison Compare(List<CriterionComparison> comparisons, LevelRange range, QualityReportSettings settings)
    {
        var pairs = comparisons.Where(c => c.IsPair).Select(c => new LevelPair(c.Human!.Value, c.Ai!.Level!.Value)).ToList();
        var baseline = pairs.Select(p => p with { Ai = settings.BaselineLevel }).ToList();
        return new LevelComparison(
            LevelMetrics.Compute(pairs, range, settings.Bootstrap),
            LevelMetrics.Compute(baseline, range, settings.Bootstrap),
            ExclusionCounts.Count(comparisons.Where(c => c.Exclusion is not null).Select(c => c.Exclusion!.Value)));
    }

    // In the rubric's order (bloc, activity, compétence), which is how a pedagogical team reads the référentiel.
    private static List<CriterionQuality> PerCriterion(
        List<CriterionComparison> comparisons, Rubric rubric, LevelRange range, QualityReportSettings settings)
    {
        var order = rubric.Competences.Select((c, i) => (c.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        return comparisons
            .GroupBy(c => c.Competence.Id, StringComparer.Ordinal)
            .OrderBy(g => order.GetValueOrDefault(g.Key, int.MaxValue))
            .Select(g =>
            {
                var competence = g.First().Competence;
                var epreuves = rubric.Epreuves.Where(e => e.CompetenceIds.Contains(competence.Id)).Select(e => e.SourceCode);
                return new CriterionQuality(competence.SourceCode, competence.Id, string.Join(", ", epreuves), Compare(g.ToList(), range, settings));
            })
            .ToList();
    }

    private static DeliverableQuality Deliverables(List<DeliverableComparison> comparisons)
    {
        var pairs = comparisons.Where(c => c.Ai is not null).Select(c => new DeliverablePair(c.Human, c.Ai!.Value)).ToList();
        var baseline = pairs.Select(p => p with { Ai = DeliverablePresence.Present }).ToList();
        return new DeliverableQuality(pairs.Count, comparisons.Count - pairs.Count, DeliverableDetection.Compute(pairs), DeliverableDetection.Compute(baseline));
    }
}
