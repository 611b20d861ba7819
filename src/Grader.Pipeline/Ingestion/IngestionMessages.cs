using System.Globalization;

namespace Grader.Pipeline.Ingestion;

/// <summary>
/// The French messages of the ingestion errors, in one place so that their wording can be reviewed and
/// changed without touching the code that raises them. Each says what happened and what to do.
/// </summary>
internal static class IngestionMessages
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    public const string AcceptedTypes =
        "PDF (.pdf), Word (.docx), PowerPoint (.pptx), Excel (.xlsx), texte (.txt) et Markdown (.md)";

    public static string Unsupported(string fileName) =>
        $"Le fichier « {fileName} » n’est pas d’un type accepté. Types acceptés : {AcceptedTypes}.";

    public static string LegacyOffice(string fileName) =>
        $"Le fichier « {fileName} » est dans un ancien format Office (.doc, .xls ou .ppt) que Grader ne lit pas. "
        + "Ouvrez-le dans Word, Excel ou PowerPoint et enregistrez-le au format .docx, .xlsx ou .pptx, ou exportez-le en PDF.";

    public static string OpenDocument(string fileName) =>
        $"Le fichier « {fileName} » est un document OpenDocument (LibreOffice, .odt, .ods ou .odp) que Grader ne lit pas. "
        + "Enregistrez-le au format .docx, .xlsx ou .pptx, ou exportez-le en PDF.";

    public static string Rtf(string fileName) =>
        $"Le fichier « {fileName} » est au format RTF, que Grader ne lit pas. "
        + "Ouvrez-le dans votre traitement de texte et enregistrez-le au format Word (.docx), ou exportez-le en PDF.";

    public static string Markup(string fileName) =>
        $"Le fichier « {fileName} » est une page web ou un fichier XML, que Grader ne lit pas. "
        + $"Exportez votre dossier en PDF ou enregistrez-le au format Word (.docx). Types acceptés : {AcceptedTypes}.";

    public static string UnknownZip(string fileName) =>
        $"Le fichier « {fileName} » est une archive ZIP, pas un document Office. Types acceptés : {AcceptedTypes}.";

    public static string EncryptedOffice(string fileName) =>
        $"Le fichier « {fileName} » est un document Office protégé par un mot de passe : Grader ne peut pas le lire. "
        + "Ouvrez-le, retirez le mot de passe (Fichier > Informations > Protéger le document), "
        + "enregistrez-le sans mot de passe, puis déposez-le à nouveau.";

    public static string RightsManagedOffice(string fileName) =>
        $"Le fichier « {fileName} » est protégé par une gestion des droits (IRM) : seules les personnes autorisées peuvent l’ouvrir, "
        + "et Grader ne le peut pas. Demandez à son auteur d’en retirer la restriction d’accès, ou exportez-le en PDF sans protection.";

    public static string OfficeLockFile(string fileName) =>
        $"Le fichier « {fileName} » est un fichier temporaire que Word, Excel ou PowerPoint crée pendant l’édition "
        + "(fichier de verrouillage « ~$ »), pas le dossier lui-même. "
        + "Déposez le document d’origine, celui dont le nom ne commence pas par « ~$ ».";

    public static string Empty(string fileName) =>
        $"Le fichier « {fileName} » est vide : il ne contient aucun texte à évaluer. Vérifiez que vous avez déposé le bon fichier.";

    public static string FileNotFound(string path) =>
        $"Le fichier « {path} » est introuvable. Vérifiez le chemin indiqué.";

    public static string Unreadable(string path) =>
        $"Le fichier « {path} » ne peut pas être lu (accès refusé ou fichier verrouillé par une autre application).";

    public static string TooLarge(string fileName, long size, long max) =>
        $"Le fichier « {fileName} » pèse {FormatSize(size)} ; la taille maximale acceptée est de {FormatSize(max)}. "
        + "Réduisez la taille des images ou exportez le document en PDF compressé.";

    public static string TooManyPages(string fileName, int pages, int max) =>
        $"Le document « {fileName} » compte {pages} pages ; la limite est de {max} pages.";

    public static string Timeout(string fileName, TimeSpan limit) =>
        $"La lecture du fichier « {fileName} » a dépassé le temps limite de {limit.TotalSeconds.ToString("0.#", French)} s. "
        + "Le fichier est peut-être endommagé ou trop complexe : exportez-le à nouveau (en PDF par exemple), puis déposez-le.";

    public static string Corrupt(string fileName) =>
        $"Le fichier « {fileName} » est endommagé ou illisible. "
        + "Ouvrez-le dans son application d’origine, enregistrez-le à nouveau, puis déposez-le.";

    public static string TruncatedArchive(string fileName) =>
        $"Le fichier « {fileName} » est incomplet ou endommagé : il a peut-être été mal copié ou mal téléchargé. "
        + "Enregistrez-le à nouveau depuis son application d’origine, puis déposez-le.";

    public static string ZipBomb(string fileName, long maxUncompressed) =>
        $"Le fichier « {fileName} » a été refusé : une fois décompressé, son contenu est anormalement volumineux "
        + $"ou anormalement compressé (limite : {FormatSize(maxUncompressed)}). "
        + "Enregistrez-le à nouveau depuis Word, PowerPoint ou Excel, ou exportez-le en PDF.";

    public static string TooManyEntries(string fileName, int max) =>
        $"Le fichier « {fileName} » a été refusé : il contient plus de {max} éléments internes, ce qui n’est pas le cas d’un document ordinaire. "
        + "Enregistrez-le à nouveau depuis Word, PowerPoint ou Excel, ou exportez-le en PDF.";

    public static string XmlTooDeep(string fileName, int maxDepth) =>
        $"Le fichier « {fileName} » a été refusé : sa structure interne est imbriquée sur plus de {maxDepth} niveaux, "
        + "ce qui n’est pas le cas d’un document ordinaire. Enregistrez-le à nouveau ou exportez-le en PDF.";

    public static string NoParser(string fileName, DocumentFormat format) =>
        $"Le fichier « {fileName} » est au format {FormatName(format)}, que cette installation de Grader ne sait pas encore lire. "
        + "Exportez-le en PDF ou contactez l’administrateur.";

    public static string FormatName(DocumentFormat format) => format switch
    {
        DocumentFormat.Pdf => "PDF",
        DocumentFormat.Docx => "Word (.docx)",
        DocumentFormat.Pptx => "PowerPoint (.pptx)",
        DocumentFormat.Xlsx => "Excel (.xlsx)",
        DocumentFormat.PlainText => "texte",
        DocumentFormat.Markdown => "Markdown",
        _ => format.ToString(),
    };

    public static string FormatSize(long bytes) => bytes >= 1024 * 1024
        ? $"{(bytes / (1024d * 1024)).ToString("0.#", French)} Mo"
        : $"{(bytes / 1024d).ToString("0.#", French)} Ko";
}
