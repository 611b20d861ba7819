using Grader.Pipeline.Common;

namespace Grader.Api.Review;

/// <summary>
/// Something the caller asked for that is not there (a dossier without pre-assessment, an unknown compétence):
/// answered 404 or 400 by the service's problem-details handler, with the French message.
/// </summary>
public sealed class ReviewException(string code, string message) : GraderException(code, message)
{
    public static ReviewException DossierNotFound() =>
        new("dossier-not-found", "Ce dossier est introuvable ou ne vous est pas accessible.");

    public static ReviewException PreAssessmentNotFound() =>
        new("preassessment-not-found", "Ce dossier n’a pas encore de pré-évaluation : la grille sera disponible une fois le traitement terminé.");

    public static ReviewException SessionNotFound() =>
        new("session-not-found", "Cette session est introuvable ou ne vous est pas accessible.");

    public static ReviewException UnknownCompetence(string code, string epreuve, IEnumerable<string> codes) =>
        new("unknown-competence", $"L’épreuve {epreuve} n’évalue pas de compétence « {code} ». Compétences de l’épreuve : {string.Join(", ", codes)}.");
}
