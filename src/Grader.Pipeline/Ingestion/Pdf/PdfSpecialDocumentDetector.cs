using System.Text.RegularExpressions;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Parser.Parts;
using UglyToad.PdfPig.Tokens;

namespace Grader.Pipeline.Ingestion.Pdf;

/// <summary>
/// Recognises two kinds of PDF that look like documents but carry none of the candidate's text: dynamic XFA
/// forms (the pages only say "Please wait..."; the content is XML for Adobe Reader) and rights-management
/// wrappers (Microsoft IRM / Azure RMS put the real file in an encrypted attachment and show a notice).
/// </summary>
internal static partial class PdfSpecialDocumentDetector
{
    /// <summary>Above this much text, a document has real content whatever else it says.</summary>
    private const int MaxWrapperTextLength = 1500;

    [GeneratedRegex(
        @"this document is protected|ce document est prot[ée]g[ée]|rights management|gestion des droits|azure information protection|microsoft purview|information rights|protected by microsoft|prot[ée]g[ée] par microsoft|\.pfile\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RightsManagementNotice();

    [GeneratedRegex(
        @"please wait|if this message is not eventually replaced|veuillez patienter|your pdf viewer may not be able",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex XfaPlaceholder();

    public static bool HasXfa(PdfDocument document)
    {
        try
        {
            var catalog = document.Structure.Catalog.CatalogDictionary;
            if (!catalog.TryGet(NameToken.AcroForm, out var acroToken))
            {
                return false;
            }

            var acroForm = DirectObjectFinder.Get<DictionaryToken>(acroToken, document.Structure.TokenScanner);
            return acroForm?.ContainsKey(NameToken.Create("XFA")) == true;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return false; // a broken AcroForm is not an XFA form; the pages will tell the rest
        }
    }

    /// <summary>An XFA form whose pages hold no real text (only the viewer placeholder, or nothing).</summary>
    public static bool IsXfaShell(bool hasXfa, string allVisibleText) =>
        hasXfa && (allVisibleText.Trim().Length == 0
            || (XfaPlaceholder().IsMatch(allVisibleText) && allVisibleText.Length <= MaxWrapperTextLength));

    public static bool IsRightsManagementWrapper(string allVisibleText) =>
        allVisibleText.Length <= MaxWrapperTextLength && RightsManagementNotice().IsMatch(allVisibleText);
}
