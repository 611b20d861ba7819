using Grader.Pipeline.Evaluation.Llm;

namespace Grader.Pipeline.Evaluation.Orchestration;

/// <summary>
/// Self-consistency over N draws: the median level (the lower one of an even count — under-estimating is the
/// safer error), the spread, and a confidence from agreement (share of draws at the median, scaled by the
/// draws' own mean confidence). The draft shown is the first draw at the median level.
/// </summary>
public sealed record SampleAggregate(CriterionJudgement Representative, int Level, int Spread, double Confidence, IReadOnlyList<int> Levels)
{
    public bool Disagrees => Spread > 0;

    public static SampleAggregate From(IReadOnlyList<CriterionJudgement> draws)
    {
        if (draws.Count == 0)
        {
            throw new ArgumentException("At least one successful draw is needed.", nameof(draws));
        }

        var levels = draws.Select(d => d.Level).ToList();
        var sorted = levels.Order().ToList();
        var median = sorted[(sorted.Count - 1) / 2];
        var representative = draws.First(d => d.Level == median);
        if (draws.Count == 1)
        {
            return new SampleAggregate(representative, median, 0, representative.Confidence, levels);
        }

        var agreement = (double)levels.Count(l => l == median) / levels.Count;
        var confidence = Math.Round(agreement * draws.Average(d => d.Confidence), 2);
        return new SampleAggregate(representative, median, sorted[^1] - sorted[0], confidence, levels);
    }
}
