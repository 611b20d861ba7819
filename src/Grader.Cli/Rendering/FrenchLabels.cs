using System.Globalization;
using Grader.Pipeline.Ingestion;

namespace Grader.Cli.Rendering;

/// <summary>French names of the things the CLI prints: flag kinds, formats, languages, numbers.</summary>
internal static class FrenchLabels
{
    public static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("fr-FR");

    public static string FlagKind(string kind) => kind switch
    {
        DocumentFlagKinds.HiddenText => "Texte caché",
        DocumentFlagKinds.PromptInjection => "Possible injection d’instructions",
        DocumentFlagKinds.MetadataText => "Texte dans les métadonnées",
        DocumentFlagKinds.Ocr => "Reconnaissance de caractères (OCR)",
        _ => kind,
    };

    public static string Format(Grader.Pipeline.Ingestion.DocumentFormat format) => format switch
    {
        Grader.Pipeline.Ingestion.DocumentFormat.Pdf => "PDF",
        Grader.Pipeline.Ingestion.DocumentFormat.Docx => "Word (.docx)",
        Grader.Pipeline.Ingestion.DocumentFormat.Pptx => "PowerPoint (.pptx)",
        Grader.Pipeline.Ingestion.DocumentFormat.Xlsx => "Excel (.xlsx)",
        Grader.Pipeline.Ingestion.DocumentFormat.PlainText => "texte brut",
        Grader.Pipeline.Ingestion.DocumentFormat.Markdown => "Markdown",
        _ => format.ToString(),
    };

    public static string Language(string? code) => code switch
    {
        "fr" => "français",
        "en" => "anglais",
        null => "non déterminée",
        _ => code,
    };

    public static string Number(int value) => value.ToString("N0", Culture);

    public static string Pages(int start, int end) => start == end ? $"p. {start}" : $"p. {start}–{end}";
}
