namespace Grader.Pipeline.Evaluation.Verification;

/// <summary>Limits that keep verification from accepting what is not really a quote.</summary>
public sealed record VerificationSettings
{
    /// <summary>
    /// Shortest quote (folded characters, all fragments together) accepted as evidence: a few letters occur
    /// anywhere and prove nothing.
    /// </summary>
    public int MinimumQuoteLength { get; init; } = 12;

    /// <summary>
    /// Shortest fragment of an elided quote: « Le … plan » would otherwise stitch two common words found anywhere.
    /// </summary>
    public int MinimumFragmentLength { get; init; } = 8;

    /// <summary>Largest gap (in characters of the original text) between two fragments of an elided quote.</summary>
    public int MaximumEllipsisGap { get; init; } = 1500;

    public static VerificationSettings Default { get; } = new();
}
