namespace Grader.Api.Dossiers.Preview;

/// <summary>The French texts of a preview the parser could not build.</summary>
internal static class PreviewMessages
{
    public const string Title = "Aperçu impossible";

    /// <param name="reason">The ingestion stage's own French message (it says what is wrong with the file).</param>
    public static string Refused(string fileName, string reason) =>
        $"L’aperçu de « {fileName} » n’a pas pu être construit : {reason} Le fichier reste téléchargeable tel qu’il a été déposé.";

    public static string Missing(string fileName) =>
        $"L’aperçu de « {fileName} » n’a pas pu être construit : le fichier n’est plus dans le stockage du service.";

    public static string Unexpected(string fileName) =>
        $"L’aperçu de « {fileName} » n’a pas pu être construit à la suite d’une erreur du service. Réessayez plus tard ; le fichier reste téléchargeable tel qu’il a été déposé.";
}
