using Grader.Api.Rubrics;
using Grader.Persistence.Entities;
using Grader.Pipeline.Rubrics;

namespace Grader.Api.Sessions;

/// <summary>
/// The checks a session's settings must pass, shared by its creation and its later changes so that both refuse the
/// same things with the same French words.
/// </summary>
internal static class SessionRules
{
    public const int MinRetentionDays = 1;
    public const int MaxRetentionDays = 3650;

    public static string Name(string? name) =>
        string.IsNullOrWhiteSpace(name) ? throw new SessionException("bad-session", "Le nom de la session est obligatoire.") : name.Trim();

    /// <summary>The référentiel and the épreuves chosen in it (all of them when none is named), by their canonical ids.</summary>
    public static (RubricIndex Index, List<string> Epreuves) Rubric(RubricStore rubrics, string rubricId, IReadOnlyList<string>? asked)
    {
        try
        {
            var index = rubrics.Get(rubricId);
            var epreuves = (asked is { Count: > 0 } ? asked : index.Rubric.Epreuves.Select(e => e.Id).ToList())
                .Select(code => index.GetEpreuve(code).Id)
                .Distinct(StringComparer.Ordinal)
                .ToList();
            return (index, epreuves);
        }
        catch (RubricException unknown)
        {
            // In a request body an unknown référentiel or épreuve is a bad request, not a missing resource.
            throw new SessionException("bad-session", unknown.Message);
        }
    }

    public static void Policy(SessionMode mode, ReleasePolicy policy)
    {
        if (policy == ReleasePolicy.Immediate && mode != SessionMode.Formative)
        {
            // A certifying session's feedback always passes a human first.
            throw new SessionException("bad-session", "La diffusion immédiate des retours n’est permise que dans une session formative.");
        }
    }

    public static double AcquiredShare(double share) => share is <= 0 or > 1
        ? throw new SessionException("bad-session", "La part de compétences acquises exigée doit être comprise entre 0 (exclu) et 1.")
        : share;

    public static int RetentionDays(int days) => days is < MinRetentionDays or > MaxRetentionDays
        ? throw new SessionException("bad-session", "La durée de conservation doit être comprise entre 1 et 3 650 jours.")
        : days;
}
