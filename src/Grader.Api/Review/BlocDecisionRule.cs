namespace Grader.Api.Review;

/// <summary>
/// The bloc decision rule, pure so that it can be tested and explained: a compétence is acquired when its level is at or
/// above the rubric's <c>acquiredFrom</c>; the bloc is proposed « acquis » when the share of acquired compétences reaches
/// the session's <c>AcquiredShareRequired</c>, else « non acquis ». Nothing is proposed while a compétence — an oral one
/// before the soutenance included — has no level: a partial grid must not look decided.
/// </summary>
public static class BlocDecisionRule
{
    // Shares such as 2/3 against a threshold typed as 0.6667 must not fail on the last binary digit.
    private const double Tolerance = 1e-9;

    /// <param name="levels">The jury's level per compétence code (null: not decided yet).</param>
    public static BlocDecisionResult Compute(IReadOnlyList<(string Code, int? Level)> levels, int acquiredFrom, double acquiredShareRequired)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(acquiredShareRequired);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(acquiredShareRequired, 1.0);

        var undecided = levels.Where(l => l.Level is null).Select(l => l.Code).ToList();
        var acquired = levels.Count(l => l.Level >= acquiredFrom);
        string? decision = null;
        if (undecided.Count == 0 && levels.Count > 0)
        {
            var share = (double)acquired / levels.Count;
            decision = share + Tolerance >= acquiredShareRequired ? BlocDecisions.Acquired : BlocDecisions.NotAcquired;
        }

        return new BlocDecisionResult(decision, acquired, levels.Count, acquiredShareRequired, undecided);
    }

    /// <summary>A valid threshold: a share in ]0, 1].</summary>
    public static bool IsValidShare(double share) => share > 0 && share <= 1.0 && !double.IsNaN(share);
}
