namespace Grader.Api.Tests.Authorization;

/// <summary>
/// One endpoint as the matrix calls it. Paths use placeholders filled by the fixture ({session}, {jury}, {candidate},
/// {dossier}, {user}). Mutating probes send a body the endpoint refuses *after* its access checks (so an allowed
/// caller gets 400/409 and nothing changes), which makes every row independent of the others.
/// </summary>
/// <param name="Form">Multipart form fields to send instead of JSON (values may hold placeholders).</param>
public sealed record Probe(string Name, HttpMethod Method, string Path, string? Json, IReadOnlyDictionary<Caller, int> Expected, IReadOnlyDictionary<string, string>? Form = null)
{
    public override string ToString() => Name;
}

/// <summary>Builds the expected statuses of a probe, starting from the common cases.</summary>
public static class Expect
{
    /// <summary>Any signed-in account: <paramref name="status"/>; anonymous: 401.</summary>
    public static Dictionary<Caller, int> SignedIn(int status) =>
        Enum.GetValues<Caller>().ToDictionary(c => c, c => c == Caller.Anonymous ? 401 : status);

    /// <summary>Only the listed callers get <paramref name="status"/>; other signed-in callers 403; anonymous 401.</summary>
    public static Dictionary<Caller, int> Only(int status, params Caller[] allowed) =>
        Enum.GetValues<Caller>().ToDictionary(c => c, c => c == Caller.Anonymous ? 401 : allowed.Contains(c) ? status : 403);

    public static Dictionary<Caller, int> With(this Dictionary<Caller, int> expected, int status, params Caller[] callers)
    {
        foreach (var caller in callers)
        {
            expected[caller] = status;
        }

        return expected;
    }
}
