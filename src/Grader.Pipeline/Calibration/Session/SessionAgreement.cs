using Grader.Pipeline.Calibration.Metrics;
using Grader.Pipeline.Rubrics;

namespace Grader.Pipeline.Calibration.Session;

/// <summary>
/// The calibration figures (<see cref="LevelMetrics"/>: exact and adjacent agreement, quadratic weighted kappa with
/// its bootstrap interval, mean absolute error, standardised mean difference, confusion matrix) computed from a
/// session's decisions rather than an evaluation set. Pure: the service gathers the observations.
/// </summary>
public static class SessionAgreement
{
    public static SessionAgreementReport Compute(IReadOnlyCollection<AgreementObservation> observations, RatingScale scale, BootstrapOptions? bootstrap = null)
    {
        bootstrap ??= BootstrapOptions.Default;
        var range = LevelRange.Of(scale);
        var paired = observations
            .Where(o => o.AiLevel is { } ai && o.JuryLevel is { } jury && range.Contains(ai) && range.Contains(jury))
            .ToList();

        var criteria = paired
            .GroupBy(o => CompetenceCode.Key(o.CompetenceCode) ?? o.CompetenceCode.Trim(), StringComparer.Ordinal)
            .OrderBy(g => g.Key, CodeOrder.Instance)
            .Select(g => new GroupAgreement(g.First().CompetenceCode, Metrics(g, range, bootstrap)))
            .ToList();
        var jurors = paired
            .GroupBy(o => o.JurorId, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new GroupAgreement(g.Key, Metrics(g, range, bootstrap)))
            .ToList();
        var disagreements = paired
            .Where(o => o.AiLevel != o.JuryLevel)
            .OrderBy(o => o.CandidateId, StringComparer.Ordinal)
            .ThenBy(o => o.DossierId)
            .ThenBy(o => CompetenceCode.Key(o.CompetenceCode) ?? o.CompetenceCode, CodeOrder.Instance)
            .ToList();

        return new SessionAgreementReport(
            observations.Count,
            observations.Count - paired.Count,
            Metrics(paired, range, bootstrap),
            criteria,
            jurors,
            Blind(paired, range, bootstrap),
            disagreements);
    }

    private static BlindAgreement? Blind(IReadOnlyList<AgreementObservation> paired, LevelRange range, BootstrapOptions bootstrap)
    {
        var blind = paired.Where(o => o.BlindLevel is { } level && range.Contains(level)).ToList();
        if (blind.Count == 0)
        {
            return null;
        }

        var blindPairs = blind.Select(o => new LevelPair(o.BlindLevel!.Value, o.AiLevel!.Value)).ToList();
        var shifts = blind.Select(o => Math.Abs(o.BlindLevel!.Value - o.AiLevel!.Value) - Math.Abs(o.JuryLevel!.Value - o.AiLevel.Value)).ToList();
        return new BlindAgreement(
            LevelMetrics.Compute(blindPairs, range, bootstrap),
            Metrics(blind, range, bootstrap),
            new BlindShift(
                blind.Count,
                blind.Count(o => o.BlindLevel != o.JuryLevel),
                shifts.Count(s => s > 0),
                shifts.Count(s => s < 0),
                shifts.Average(s => (double)s)));
    }

    private static LevelMetrics Metrics(IEnumerable<AgreementObservation> observations, LevelRange range, BootstrapOptions bootstrap) =>
        LevelMetrics.Compute(observations.Select(o => new LevelPair(o.JuryLevel!.Value, o.AiLevel!.Value)).ToList(), range, bootstrap);

    /// <summary>« 2.2.10 » after « 2.2.9 »: codes compare number by number, then as text.</summary>
    private sealed class CodeOrder : IComparer<string>
    {
        public static CodeOrder Instance { get; } = new();

        public int Compare(string? x, string? y)
        {
            var left = (x ?? "").Split('.');
            var right = (y ?? "").Split('.');
            for (var i = 0; i < Math.Min(left.Length, right.Length); i++)
            {
                var compared = int.TryParse(left[i], out var a) && int.TryParse(right[i], out var b)
                    ? a.CompareTo(b)
                    : string.CompareOrdinal(left[i], right[i]);
                if (compared != 0)
                {
                    return compared;
                }
            }

            return left.Length.CompareTo(right.Length);
        }
    }
}
