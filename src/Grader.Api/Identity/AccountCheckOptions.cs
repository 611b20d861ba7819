namespace Grader.Api.Identity;

/// <summary>
/// <c>Grader:Auth:AccountCheck</c>: how fresh the service's knowledge of an account must be. Every signed-in request is
/// checked against the account's security stamp (changed by a role change, a disabled account, an erasure), remembered
/// for <see cref="Interval"/> so that a busy service does not read the account on every request.
/// </summary>
public sealed class AccountCheckOptions
{
    public const string SectionName = "Grader:Auth:AccountCheck";

    /// <summary>Longest time a token or cookie keeps working after its account changed; zero checks every request.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromSeconds(10);
}
