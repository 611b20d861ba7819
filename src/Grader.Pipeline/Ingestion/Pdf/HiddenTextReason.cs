namespace Grader.Pipeline.Ingestion.Pdf;

/// <summary>Why a reader cannot see a piece of text; each has one French explanation for the juror.</summary>
internal enum HiddenTextReason
{
    WhiteText,
    TinyText,
    InvisibleRendering,
    OutsidePage,
}

internal static class HiddenTextReasonText
{
    public static string Describe(HiddenTextReason reason) => reason switch
    {
        HiddenTextReason.WhiteText => "texte blanc ou presque blanc, invisible sur fond blanc",
        HiddenTextReason.TinyText => "texte de taille inférieure à 3 points, illisible",
        HiddenTextReason.InvisibleRendering => "texte rendu invisible (mode de rendu «\u00A0sans remplissage ni contour\u00A0»)",
        HiddenTextReason.OutsidePage => "texte placé hors des limites de la page",
        _ => "texte invisible",
    };
}
