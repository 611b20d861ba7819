namespace Grader.Pipeline.Ingestion.Pdf;

/// <summary>Reads weight from a PDF font name ("ABCDEF+Calibri-Bold", "Helvetica-Bold", "Arial,BoldItalic").</summary>
internal static class FontStyle
{
    private static readonly string[] BoldMarkers = ["bold", "black", "heavy", "semibold", "demi", "-bd", ",bd"];

    public static bool IsBold(string? fontName) =>
        fontName is not null && BoldMarkers.Any(m => fontName.Contains(m, StringComparison.OrdinalIgnoreCase));
}
