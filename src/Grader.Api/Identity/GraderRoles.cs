namespace Grader.Api.Identity;

/// <summary>The roles an account can hold. An account may hold several (a pedagogue who also sits on juries).</summary>
public static class GraderRoles
{
    public const string Administrator = "admin";
    public const string Pedagogy = "pedagogy";
    public const string Juror = "juror";
    public const string Candidate = "candidate";

    public static readonly IReadOnlyList<string> All = [Administrator, Pedagogy, Juror, Candidate];
}
