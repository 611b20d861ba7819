using System.Text;
using System.Text.RegularExpressions;

namespace Grader.Pipeline.Ingestion.Safety;

/// <summary>
/// Removes the characters a reader cannot see from every block, table cell and page label, so that the evaluated text
/// is what the jury sees, and reports each page where something other than soft hyphens was removed as a
/// <c>hidden-text</c> flag, with the hidden message decoded when the characters carried one.
/// </summary>
public sealed partial class InvisibleCharacterFilter
{
    public FilteredPages Apply(IReadOnlyList<DocumentPage> pages)
    {
        var cleanedPages = new List<DocumentPage>(pages.Count);
        var flags = new List<DocumentFlag>();
        foreach (var page in pages)
        {
            var tally = new InvisibleCharacterTally();
            var blocks = new List<DocumentBlock>(page.Blocks.Count);
            foreach (var block in page.Blocks)
            {
                var cleaned = Clean(block, tally);
                if (cleaned is not null)
                {
                    blocks.Add(cleaned);
                }
            }

            var label = page.Label is null ? null : Clean(page.Label, tally);
            cleanedPages.Add(page with { Blocks = blocks, Label = label });
            if (tally.HasSuspiciousRemovals)
            {
                flags.Add(tally.ToFlag(page.Number));
            }
        }

        return new FilteredPages(cleanedPages, flags);
    }

    /// <summary>Returns the block without invisible characters, or null when nothing visible is left of it.</summary>
    private static DocumentBlock? Clean(DocumentBlock block, InvisibleCharacterTally tally)
    {
        var text = Clean(block.Text, tally);
        var rows = block.Rows?.Select(r => new TableRow(r.Cells.Select(c => Clean(c, tally)).ToList())).ToList();
        if (ReferenceEquals(text, block.Text) && rows is null)
        {
            return block;
        }

        var emptied = string.IsNullOrWhiteSpace(text) && !string.IsNullOrWhiteSpace(block.Text);
        return emptied ? null : block with { Text = text, Rows = rows ?? block.Rows };
    }

    /// <summary>Returns <paramref name="text"/> itself when it holds no invisible character, to spare allocations.</summary>
    internal static string Clean(string text, InvisibleCharacterTally tally)
    {
        if (!NeedsCleaning(text))
        {
            return text;
        }

        var runes = text.EnumerateRunes().ToArray();
        var output = new StringBuilder(text.Length);
        var tagRun = new StringBuilder();
        for (var i = 0; i < runes.Length; i++)
        {
            var kind = InvisibleCharacters.Classify(
                runes[i], i > 0 ? runes[i - 1] : null, i + 1 < runes.Length ? runes[i + 1] : null, atStart: i == 0);
            if (kind == InvisibleCharacterKind.Tag && runes[i].Value is >= 0xE0020 and <= 0xE007E)
            {
                tagRun.Append((char)(runes[i].Value - 0xE0000));
            }
            else
            {
                FlushTagRun(tagRun, tally);
            }

            if (kind == InvisibleCharacterKind.Visible)
            {
                output.Append(runes[i].ToString());
            }
            else
            {
                tally.Count(kind);
            }
        }

        FlushTagRun(tagRun, tally);
        foreach (Match match in TextBetweenJoiners().Matches(text))
        {
            tally.DecodedSequences.Add(match.Groups[1].Value.Trim());
        }

        return output.ToString();
    }

    private static void FlushTagRun(StringBuilder tagRun, InvisibleCharacterTally tally)
    {
        if (tagRun.Length > 0)
        {
            tally.DecodedSequences.Add(tagRun.ToString());
            tagRun.Clear();
        }
    }

    private static bool NeedsCleaning(string text)
    {
        foreach (var rune in text.EnumerateRunes())
        {
            if (InvisibleCharacters.Classify(rune, null, null, atStart: false) != InvisibleCharacterKind.Visible)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Words wrapped in zero-width joiners: a way to mark text meant for a machine, not for the reader.</summary>
    [GeneratedRegex(@"\u200D([^\u200D]*\p{L}[^\u200D]*)\u200D")]
    private static partial Regex TextBetweenJoiners();
}

/// <summary>The pages without invisible characters, and one <c>hidden-text</c> flag per page where some were found.</summary>
public sealed record FilteredPages(IReadOnlyList<DocumentPage> Pages, IReadOnlyList<DocumentFlag> Flags);
