namespace Grader.Api.Review;

/// <summary>
/// The two decisions a jury can reach on the bloc an épreuve assesses, as stored (<c>acquis</c>, <c>non-acquis</c>)
/// and as shown (« acquis », « non acquis »).
/// </summary>
public static class BlocDecisions
{
    public const string Acquired = "acquis";
    public const string NotAcquired = "non-acquis";

    public static string Label(string decision) => decision switch
    {
        Acquired => "acquis",
        NotAcquired => "non acquis",
        _ => decision,
    };

    /// <summary>Reads what a client typed (« Acquis », « non acquis », <c>non-acquis</c>, <c>non_acquis</c>); null when it is neither.</summary>
    public static string? Parse(string? text)
    {
        var folded = (text ?? "").Trim().ToLowerInvariant().Replace('_', ' ').Replace('-', ' ').Replace('\u00A0', ' ');
        return folded switch
        {
            "acquis" => Acquired,
            "non acquis" => NotAcquired,
            _ => null,
        };
    }
}
