using System.Text;

namespace Grader.Api.Processing;

/// <summary>
/// Turns the name a client sent into a safe file name: the client's folders are dropped (never trusted), characters
/// that are invalid or invisible on some system are replaced, and the length is bounded. The extension is kept
/// because the jury sees the name; the format itself is decided from the content.
/// </summary>
public static class FileNameSanitizer
{
    public const int MaximumLength = 120;
    private const string Fallback = "fichier";

    private static readonly HashSet<string> ReservedOnWindows = new(StringComparer.OrdinalIgnoreCase)
    {
        "CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
        "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9",
    };

    public static string Sanitize(string? clientName)
    {
        // Both separators, whatever the server's OS: "..\..\x" sent to Linux is still a path.
        var name = (clientName ?? "").Replace('\\', '/');
        name = name[(name.LastIndexOf('/') + 1)..].Normalize(NormalizationForm.FormC);

        var builder = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            builder.Append(IsSafe(c) ? c : '_');
        }

        var cleaned = builder.ToString().Trim().Trim('.').Trim();
        if (cleaned.Length == 0)
        {
            return Fallback;
        }

        var extension = Path.GetExtension(cleaned);
        var stem = Path.GetFileNameWithoutExtension(cleaned);
        if (extension.Length > 16)
        {
            (stem, extension) = (cleaned, "");
        }

        if (stem.Length == 0 || ReservedOnWindows.Contains(stem))
        {
            stem = Fallback + (stem.Length == 0 ? "" : "-" + stem);
        }

        if (stem.Length + extension.Length > MaximumLength)
        {
            stem = stem[..(MaximumLength - extension.Length)].TrimEnd();
        }

        return stem + extension;
    }

    private static bool IsSafe(char c) =>
        !char.IsControl(c)
        && !char.IsSurrogate(c)
        && c is not ('<' or '>' or ':' or '"' or '/' or '\\' or '|' or '?' or '*')
        && char.GetUnicodeCategory(c) is not (System.Globalization.UnicodeCategory.Format or System.Globalization.UnicodeCategory.LineSeparator
            or System.Globalization.UnicodeCategory.ParagraphSeparator);
}
