namespace Grader.Pipeline.Ingestion.Ocr;

/// <summary>Keeps the requested Tesseract language packs that are actually installed, in the requested order.</summary>
internal static class TesseractLanguages
{
    /// <summary>Parses <c>tesseract --list-langs</c> output (the first line is a "List of available languages" header).</summary>
    public static IReadOnlySet<string> ParseInstalled(string listOutput) =>
        listOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(line => !line.Contains(' ', StringComparison.Ordinal) && !line.EndsWith(':'))
            .ToHashSet(StringComparer.Ordinal);

    /// <summary>Splits "fra+eng" and returns the installed ones and the missing ones.</summary>
    public static (IReadOnlyList<string> Kept, IReadOnlyList<string> Dropped) Select(
        string requested, IReadOnlySet<string> installed)
    {
        var wanted = requested.Split('+', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return (wanted.Where(installed.Contains).ToList(), wanted.Where(l => !installed.Contains(l)).ToList());
    }
}
