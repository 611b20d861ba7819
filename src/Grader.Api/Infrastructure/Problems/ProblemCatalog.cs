namespace Grader.Api.Infrastructure.Problems;

/// <summary>
/// The French title and detail of every error status the service can answer, so that a problem written by the
/// framework (status code pages, 405 from routing, 413 from Kestrel, 429 from the rate limiter) reads like ours.
/// </summary>
internal static class ProblemCatalog
{
    public const string TypeBase = "https://grader.local/problems/";

    private static readonly Dictionary<int, (string Title, string Detail)> Entries = new()
    {
        [StatusCodes.Status400BadRequest] = ("Requête invalide",
            "La requête est mal formée ou incomplète : vérifiez les paramètres et le contenu envoyés."),
        [StatusCodes.Status401Unauthorized] = ("Authentification requise",
            "Connectez-vous pour accéder à cette ressource."),
        [StatusCodes.Status403Forbidden] = ("Accès refusé",
            "Votre compte n’a pas les droits nécessaires pour cette action."),
        [StatusCodes.Status404NotFound] = ("Ressource introuvable",
            "Aucune ressource ne correspond à cette adresse."),
        [StatusCodes.Status405MethodNotAllowed] = ("Méthode non autorisée",
            "Cette adresse existe, mais n’accepte pas cette méthode HTTP."),
        [StatusCodes.Status406NotAcceptable] = ("Format de réponse indisponible",
            "Le service ne peut pas répondre dans le format demandé par l’en-tête Accept."),
        [StatusCodes.Status408RequestTimeout] = ("Délai dépassé",
            "La requête a mis trop de temps à arriver ; réessayez."),
        [StatusCodes.Status409Conflict] = ("Conflit",
            "La ressource a été modifiée entre-temps ou existe déjà ; rechargez-la puis réessayez."),
        [StatusCodes.Status413PayloadTooLarge] = ("Requête trop volumineuse",
            "Le contenu envoyé dépasse la taille maximale acceptée par le service."),
        [StatusCodes.Status415UnsupportedMediaType] = ("Type de contenu non pris en charge",
            "Le format du contenu envoyé n’est pas accepté à cette adresse (par exemple, du JSON est attendu)."),
        [StatusCodes.Status422UnprocessableEntity] = ("Données invalides",
            "Les données envoyées sont bien formées mais ne peuvent pas être traitées."),
        [StatusCodes.Status429TooManyRequests] = ("Trop de requêtes",
            "Vous avez envoyé trop de requêtes en peu de temps ; patientez avant de réessayer."),
        [StatusCodes.Status500InternalServerError] = ("Erreur interne",
            "Une erreur inattendue est survenue ; elle a été journalisée. Réessayez ou contactez l’administrateur."),
        [StatusCodes.Status503ServiceUnavailable] = ("Service indisponible",
            "Le service est momentanément indisponible ; réessayez dans quelques instants."),
    };

    public static string Title(int status) => Find(status).Title;

    public static string Detail(int status) => Find(status).Detail;

    /// <summary>A stable, documented type per status, e.g. <c>https://grader.local/problems/http-429</c>.</summary>
    public static string Type(int status) => $"{TypeBase}http-{status}";

    public static bool IsKnown(int status) => Entries.ContainsKey(status);

    private static (string Title, string Detail) Find(int status) =>
        Entries.TryGetValue(status, out var entry) ? entry
        : status >= 500 ? ("Erreur du serveur", "Le service n’a pas pu traiter la requête ; réessayez plus tard.")
        : ("Requête refusée", "Le service n’a pas pu traiter cette requête.");
}
