namespace Grader.Pipeline.Ingestion.OpenXml;

/// <summary>
/// The French wording of every flag the Office parsers raise, in one place so that jurors read the same
/// sentence whatever the format, and so that the wording can be reviewed without reading parser code.
/// </summary>
internal static class OfficeFlags
{
    public const string HiddenTextKind = "hidden-text";
    public const string CommentsKind = "comments";
    public const string TruncatedKind = "truncated";

    /// <summary>Text smaller than this (in points) is treated as unreadable.</summary>
    public const double MinimumReadablePoints = 3.0;

    public static DocumentFlag Hidden(HiddenReason reason, int? page, string content, string? where = null) =>
        new(HiddenTextKind, page, Describe(reason, where), content);

    public static DocumentFlag Comment(int? page, string? author, string text) =>
        new(
            CommentsKind,
            page,
            string.IsNullOrWhiteSpace(author)
                ? "Commentaire de relecture\u00a0: il ne fait pas partie du texte du dossier et n’est pas évalué."
                : $"Commentaire de relecture de {Quote(author)}\u00a0: il ne fait pas partie du texte du dossier et n’est pas évalué.",
            text);

    public static DocumentFlag RowsTruncated(int page, string sheet, int keptRows) =>
        new(
            TruncatedKind,
            page,
            $"La feuille {Quote(sheet)} est trop longue\u00a0: seules les {keptRows.ToString("N0", FrenchCulture)} premières lignes non vides ont été lues.");

    public static DocumentFlag ColumnsTruncated(int page, string sheet, int keptColumns) =>
        new(
            TruncatedKind,
            page,
            $"La feuille {Quote(sheet)} est trop large\u00a0: seules les {keptColumns.ToString("N0", FrenchCulture)} premières colonnes ont été lues.");

    /// <summary>French guillemets with the no-break spaces French typography requires.</summary>
    public static string Quote(string text) => $"«\u00a0{text}\u00a0»";

    private static readonly System.Globalization.CultureInfo FrenchCulture =
        System.Globalization.CultureInfo.GetCultureInfo("fr-FR");

    private static string Describe(HiddenReason reason, string? where)
    {
        var sentence = reason switch
        {
            HiddenReason.Vanish => "Texte masqué par l’attribut «\u00a0Masqué\u00a0» de Word",
            HiddenReason.SameColourAsBackground => "Texte de la même couleur que le fond, invisible à la lecture",
            HiddenReason.Tiny => "Texte en police de moins de 3\u00a0points, illisible",
            HiddenReason.OffSlide => "Texte placé hors de la zone visible de la diapositive",
            HiddenReason.HiddenShape => "Zone de texte masquée dans le volet de sélection de PowerPoint",
            HiddenReason.HiddenSlide => "Diapositive masquée, non projetée pendant la présentation",
            HiddenReason.HiddenSheet => "Feuille de calcul masquée",
            HiddenReason.HiddenRowsOrColumns => "Lignes ou colonnes masquées",
            _ => "Contenu invisible",
        };

        var location = string.IsNullOrWhiteSpace(where) ? string.Empty : $" ({where})";
        return $"{sentence}{location}\u00a0; ce contenu est exclu du texte évalué.";
    }
}
