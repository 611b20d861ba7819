using System.Globalization;

namespace Grader.Pipeline.Ingestion.Pdf;

/// <summary>The French flags and messages the PDF parser gives jurors and candidates, in one place.</summary>
internal static class PdfFlags
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    public const string EncryptedMessage =
        "Ce PDF est protégé par un mot de passe. Exportez-le de nouveau sans mot de passe (ou «\u00A0Imprimer en PDF\u00A0») puis déposez cette nouvelle version.";

    public const string CorruptMessage =
        "Ce PDF est endommagé ou incomplet et ne peut pas être lu. Exportez-le de nouveau depuis le logiciel d’origine puis déposez-le à nouveau.";

    public const string XfaMessage =
        "Ce PDF est un formulaire dynamique XFA\u00A0: son contenu ne s’affiche que dans Adobe Reader et ne peut pas être lu. Ouvrez-le dans Adobe Reader, puis utilisez «\u00A0Imprimer\u00A0» vers «\u00A0Microsoft Print to PDF\u00A0» (ou un équivalent) et déposez le PDF obtenu.";

    public const string RightsManagedMessage =
        "Ce PDF est protégé par une gestion des droits (Microsoft Purview / Azure RMS)\u00A0: il ne contient qu’un avis de protection, pas votre document. Retirez la protection (ou demandez-le à votre organisation) puis déposez le document lui-même.";

    public static string TooManyPages(int pages, int max) =>
        string.Create(French, $"Ce PDF compte {pages} pages\u00A0; la limite est de {max} pages. Déposez un document plus court ou scindez-le.");

    public static DocumentFlag Ocr(int page, double confidence) => new(
        "ocr",
        page,
        string.Create(French, $"Page {page} reconnue par OCR (confiance moyenne\u00A0: {Math.Round(confidence * 100):0}\u00A0%)\u00A0; le texte peut contenir des erreurs de lecture."));

    public static DocumentFlag OcrFoundNothing(int page) => new(
        "ocr",
        page,
        $"Page {page} sans texte exploitable\u00A0: la reconnaissance de caractères (OCR) n’y a rien lu (page blanche, image ou écriture illisible).");

    public static DocumentFlag OcrUnavailable(int page, bool garbled) => new(
        "ocr-unavailable",
        page,
        garbled
            ? $"Page {page}\u00A0: le texte de cette page est illisible (police sans correspondance Unicode) et la reconnaissance de caractères (OCR) n’est pas disponible\u00A0; la page n’a pas été lue."
            : $"Page {page}\u00A0: cette page ne contient que des images (scan) et la reconnaissance de caractères (OCR) n’est pas disponible\u00A0; la page n’a pas été lue.");

    public static DocumentFlag ScanTextLayer(int page) => new(
        "ocr",
        page,
        $"Page {page}\u00A0: page scannée lue dans la couche de texte ajoutée par le logiciel de numérisation (la reconnaissance de caractères de Grader n’est pas disponible)\u00A0; ce texte n’a pas pu être vérifié.");

    public static DocumentFlag OcrFailed(int page) => new(
        "ocr-unavailable",
        page,
        $"Page {page}\u00A0: la reconnaissance de caractères (OCR) a échoué sur cette page\u00A0; elle n’a pas été lue.");
}
