using System.Text.RegularExpressions;

namespace Grader.Pipeline.Ingestion.TextFiles;

/// <summary>
/// Reads the YAML front matter Pandoc and static-site users put at the top of a Markdown file
/// (<c>---</c>, <c>title: …</c>, <c>---</c>). It is metadata, not body text: the title and author go to
/// <see cref="DocumentMetadata"/>, other fields to <see cref="DocumentMetadata.OtherFields"/>, where the
/// ingestor checks them for hidden prose like any document property.
/// </summary>
internal static partial class MarkdownFrontMatter
{
    private const int MaxLines = 60;

    /// <summary>The text with the front matter blanked out (line count kept), and the metadata it held.</summary>
    public static (string Text, DocumentMetadata Metadata) Extract(string text)
    {
        var lines = text.Split('\n');
        if (lines.Length < 2 || lines[0].TrimEnd() != "---")
        {
            return (text, new DocumentMetadata());
        }

        var end = Array.FindIndex(lines, 1, Math.Min(lines.Length - 1, MaxLines), l => l.TrimEnd() is "---" or "...");
        if (end < 0)
        {
            return (text, new DocumentMetadata());
        }

        var fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 1; i < end; i++)
        {
            if (Field().Match(lines[i]) is { Success: true } field)
            {
                fields[field.Groups[1].Value] = field.Groups[2].Value.Trim().Trim('"', '\'');
            }
        }

        var metadata = new DocumentMetadata
        {
            Title = fields.Remove("title", out var title) ? title : null,
            Author = fields.Remove("author", out var author) ? author : null,
            OtherFields = fields.Where(f => f.Value.Length > 0).ToDictionary(f => f.Key, f => f.Value),
        };
        var body = string.Concat(Enumerable.Repeat("\n", end + 1)) + string.Join('\n', lines.Skip(end + 1));
        return (body, metadata);
    }

    [GeneratedRegex(@"^([A-Za-z][\w-]*)\s*:\s*(.*)$")]
    private static partial Regex Field();
}
