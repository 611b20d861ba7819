namespace Grader.Pipeline.Calibration.Metrics;

/// <summary>
/// Cohen's kappa with quadratic weights, the usual agreement figure of automated scoring:
/// κ = 1 − Σ w·O / Σ w·E, with w(i,j) = (i − j)² / (k − 1)² over the k levels of the scale, O the observed
/// counts and E the counts expected by chance from the two raters' marginals.
/// </summary>
public static class QuadraticWeightedKappa
{
    /// <summary>
    /// The kappa, or null when it is undefined: no pairs, a scale of a single level, or no expected disagreement
    /// (both raters gave one and the same level to every pair — agreement is then total but says nothing beyond
    /// chance, so we refuse to call it 1). Identical ratings with at least two levels used give exactly 1; a
    /// constant rater facing a varying one gives 0.
    /// </summary>
    public static double? Compute(IReadOnlyCollection<LevelPair> pairs, LevelRange range)
    {
        if (pairs.Count == 0 || range.Count < 2)
        {
            return null;
        }

        var k = range.Count;
        var observed = new double[k, k];
        var humanTotals = new double[k];
        var aiTotals = new double[k];
        foreach (var pair in pairs)
        {
            var h = range.IndexOf(pair.Human);
            var a = range.IndexOf(pair.Ai);
            observed[h, a]++;
            humanTotals[h]++;
            aiTotals[a]++;
        }

        double observedDisagreement = 0, expectedDisagreement = 0;
        double n = pairs.Count;
        double denominator = (k - 1) * (k - 1);
        for (var i = 0; i < k; i++)
        {
            for (var j = 0; j < k; j++)
            {
                var weight = (i - j) * (i - j) / denominator;
                observedDisagreement += weight * observed[i, j];
                expectedDisagreement += weight * humanTotals[i] * aiTotals[j] / n;
            }
        }

        // Tolerance, not equality: sums of fractions can leave a residue of 1e-17 where there is none.
        return expectedDisagreement < 1e-12 ? null : 1 - observedDisagreement / expectedDisagreement;
    }
}
