using System.Text;
using Grader.Pipeline.Ingestion;

namespace Grader.Cli.Rendering;

/// <summary>
/// Writes a parsed document as Markdown for a person to check what Grader read: page markers, headings,
/// lists and tables in place; running headers, footers and notes apart at the end of their page; then the
/// flags the jury must know about.
/// </summary>
internal static class DocumentMarkdownWriter
{
    public static string Write(ParsedDocument document)
    {
        var output = new StringBuilder();
        WriteSummary(output, document);
        foreach (var page in document.Pages.OrderBy(p => p.Number))
        {
            WritePage(output, page);
        }

        WriteFlags(output, document.Flags);
        return output.ToString();
    }

    private static void WriteSummary(StringBuilder output, ParsedDocument document)
    {
        var metadata = document.Metadata;
        var pages = $"{FrenchLabels.Number(metadata.PageCount)} page{(metadata.PageCount > 1 ? "s" : "")}"
            + (document.PageNumbersEstimated ? " (numéros estimés)" : string.Empty);
        output.AppendLine($"**Document :** {document.FileName} · {FrenchLabels.Format(document.Format)} · {pages} · "
            + $"{FrenchLabels.Number(metadata.WordCount)} mots · langue : {FrenchLabels.Language(metadata.Language)}");
        AppendField(output, "Titre", metadata.Title);
        AppendField(output, "Auteur", metadata.Author);
        AppendField(output, "Producteur", metadata.Producer);
        output.AppendLine();
    }

    private static void AppendField(StringBuilder output, string label, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            output.AppendLine($"**{label} :** {value}  ");
        }
    }

    private static void WritePage(StringBuilder output, DocumentPage page)
    {
        var marker = new StringBuilder($"--- Page {page.Number}");
        if (!string.IsNullOrWhiteSpace(page.Label))
        {
            marker.Append($" : {page.Label}");
        }

        if (page.Ocr)
        {
            marker.Append(page.OcrConfidence is { } confidence
                ? $" (texte reconnu par OCR, confiance {(confidence * 100).ToString("0", FrenchLabels.Culture)} %)"
                : " (texte reconnu par OCR)");
        }

        output.AppendLine(marker.Append(" ---").ToString()).AppendLine();
        var body = page.Blocks.Where(b => !IsApart(b.Kind)).ToList();
        for (var i = 0; i < body.Count; i++)
        {
            WriteBlock(output, body[i]);

            // Items of one list stay together; every other block is followed by a blank line.
            var listContinues = body[i].Kind == BlockKind.ListItem && i + 1 < body.Count && body[i + 1].Kind == BlockKind.ListItem;
            if (!listContinues)
            {
                output.AppendLine();
            }
        }

        foreach (var block in page.Blocks.Where(b => IsApart(b.Kind)))
        {
            output.AppendLine($"> **{ApartLabel(block.Kind)} :** {block.Text.ReplaceLineEndings(" ")}");
        }

        if (page.Blocks.Any(b => IsApart(b.Kind)))
        {
            output.AppendLine();
        }
    }

    private static void WriteBlock(StringBuilder output, DocumentBlock block)
    {
        switch (block.Kind)
        {
            case BlockKind.Heading:
                output.Append('#', Math.Clamp(block.Level, 1, 6)).Append(' ').AppendLine(block.Text);
                break;
            case BlockKind.ListItem:
                var label = block.ListLabel is null or "•" ? "-" : block.ListLabel;
                output.Append(' ', 2 * block.Level).AppendLine($"{label} {block.Text}");
                break;
            case BlockKind.Table:
                WriteTable(output, block);
                break;
            case BlockKind.Caption:
                output.AppendLine($"*Légende : {block.Text}*");
                break;
            default:
                output.AppendLine(EscapeLeadingMarker(block.Text));
                break;
        }
    }

    private static void WriteTable(StringBuilder output, DocumentBlock block)
    {
        var rows = block.Rows is { Count: > 0 } r
            ? r.Select(row => row.Cells).ToList()
            : block.Text.Split('\n').Select(line => (IReadOnlyList<string>)line.Split(" | ")).ToList();
        var columns = rows.Max(row => row.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            var cells = Enumerable.Range(0, columns).Select(c => c < rows[i].Count ? Escape(rows[i][c]) : string.Empty);
            output.AppendLine($"| {string.Join(" | ", cells)} |");
            if (i == 0)
            {
                output.AppendLine($"|{string.Concat(Enumerable.Repeat(" --- |", columns))}");
            }
        }
    }

    /// <summary>A paragraph that starts like Markdown syntax ("# ", "- ", "| ") must not turn into a heading or list.</summary>
    private static string EscapeLeadingMarker(string text) =>
        text.Length > 0 && text[0] is '#' or '-' or '*' or '+' or '>' or '|' ? "\\" + text : text;

    private static string Escape(string cell) => cell.ReplaceLineEndings(" ").Replace("|", "\\|", StringComparison.Ordinal);

    private static void WriteFlags(StringBuilder output, IReadOnlyList<DocumentFlag> flags)
    {
        output.AppendLine("## Signalements").AppendLine();
        if (flags.Count == 0)
        {
            output.AppendLine("Aucun signalement.");
            return;
        }

        foreach (var flag in flags)
        {
            // Most details already start with "Page N :"; the page is repeated only when they do not.
            var where = flag.Page is { } page && !flag.Detail.StartsWith($"Page {page} ", StringComparison.Ordinal)
                ? $" (page {page})"
                : string.Empty;
            output.AppendLine($"- **{FrenchLabels.FlagKind(flag.Kind)}**{where} : {flag.Detail}");
            if (!string.IsNullOrWhiteSpace(flag.Content))
            {
                output.AppendLine($"  Contenu : « {flag.Content.ReplaceLineEndings(" / ")} »");
            }
        }
    }

    private static bool IsApart(BlockKind kind) => kind is BlockKind.Header or BlockKind.Footer or BlockKind.Footnote or BlockKind.Notes;

    private static string ApartLabel(BlockKind kind) => kind switch
    {
        BlockKind.Header => "En-tête",
        BlockKind.Footer => "Pied de page",
        BlockKind.Footnote => "Note de bas de page",
        BlockKind.Notes => "Notes de l’orateur",
        _ => kind.ToString(),
    };
}
