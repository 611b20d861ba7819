namespace Grader.Api.Identity;

/// <summary>
/// Authorisation policies by role. They decide who may call an endpoint at all; which session or dossier a caller
/// may touch is decided by <see cref="Access.IResourceAccess"/>.
/// </summary>
public static class GraderPolicies
{
    /// <summary>Any signed-in account.</summary>
    public const string SignedIn = "signed-in";
    public const string Administrator = "administrator";
    /// <summary>The pedagogical team, and administrators.</summary>
    public const string Pedagogy = "pedagogy";
    /// <summary>Jurors (then restricted to the sessions they sit on), and administrators.</summary>
    public const string Juror = "juror";
    /// <summary>Jurors and the pedagogical team: those who edit a candidate's feedback.</summary>
    public const string FeedbackEditor = "feedback-editor";
    public const string Candidate = "candidate";
}
