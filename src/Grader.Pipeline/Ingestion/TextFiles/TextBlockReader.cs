using System.Text;
using System.Text.RegularExpressions;

namespace Grader.Pipeline.Ingestion.TextFiles;

/// <summary>
/// Splits a text file into blocks, line by line: paragraphs separated by blank lines and list items in
/// both modes; headings (ATX and underlined), pipe tables, fenced code and quotes in Markdown mode only.
/// Lines of one paragraph are joined with a space, as a Markdown renderer or a reader would see them.
/// </summary>
internal sealed partial class TextBlockReader(bool markdown)
{
    private readonly List<SourceBlock> _blocks = [];
    private string[] _lines = [];
    private int[] _offsets = [];
    private int _index;

    public IReadOnlyList<SourceBlock> Read(string text)
    {
        _lines = text.Split('\n');
        _offsets = new int[_lines.Length];
        for (int i = 0, offset = 0; i < _lines.Length; offset += _lines[i].Length + 1, i++)
        {
            _offsets[i] = offset;
        }

        while (_index < _lines.Length)
        {
            ReadBlock();
        }

        return _blocks;
    }

    private void ReadBlock()
    {
        var line = _lines[_index];
        if (string.IsNullOrWhiteSpace(line))
        {
            _index++;
        }
        else if (markdown && Fence().Match(line) is { Success: true } fence)
        {
            ReadFencedCode(fence.Groups[1].Value);
        }
        else if (markdown && AtxHeading().Match(line) is { Success: true } heading)
        {
            Add(BlockKind.Heading, MarkdownInline.Strip(heading.Groups[2].Value), _index);
            _blocks[^1] = _blocks[^1] with { Level = heading.Groups[1].Length };
            _index++;
        }
        else if (markdown && ThematicBreak().IsMatch(line))
        {
            _index++;
        }
        else if (markdown && IsTableStart(_index))
        {
            ReadTable();
        }
        else if (ListItem().Match(line) is { Success: true } item)
        {
            ReadListItem(item);
        }
        else
        {
            ReadParagraph();
        }
    }

    private void ReadFencedCode(string marker)
    {
        var start = _index++;
        var code = new List<string>();
        while (_index < _lines.Length && !_lines[_index].TrimStart().StartsWith(marker, StringComparison.Ordinal))
        {
            code.Add(_lines[_index++]);
        }

        _index++; // the closing fence, or past the end when it is missing
        if (code.Any(l => !string.IsNullOrWhiteSpace(l)))
        {
            Add(BlockKind.Paragraph, string.Join("\n", code).Trim('\n'), start);
        }
    }

    private bool IsTableStart(int index) =>
        _lines[index].Contains('|') && index + 1 < _lines.Length && TableDelimiter().IsMatch(_lines[index + 1]);

    private void ReadTable()
    {
        var start = _index;
        var rows = new List<TableRow> { new(SplitCells(_lines[_index])) };
        _index += 2; // header and delimiter rows
        while (_index < _lines.Length && _lines[_index].Contains('|') && !string.IsNullOrWhiteSpace(_lines[_index]))
        {
            rows.Add(new TableRow(SplitCells(_lines[_index++])));
        }

        var text = string.Join("\n", rows.Select(r => string.Join(" | ", r.Cells)));
        _blocks.Add(new SourceBlock(BlockKind.Table, text, _offsets[start]) { Rows = rows });
    }

    private static List<string> SplitCells(string line)
    {
        var trimmed = line.Trim();
        if (trimmed.StartsWith('|'))
        {
            trimmed = trimmed[1..];
        }

        if (trimmed.EndsWith('|') && !trimmed.EndsWith("\\|", StringComparison.Ordinal))
        {
            trimmed = trimmed[..^1];
        }

        return UnescapedPipe().Split(trimmed).Select(c => MarkdownInline.Strip(c.Trim().Replace("\\|", "|", StringComparison.Ordinal))).ToList();
    }

    private void ReadListItem(Match item)
    {
        var start = _index++;
        var text = new StringBuilder(item.Groups[3].Value.Trim());
        while (_index < _lines.Length && IsContinuation(_lines[_index]))
        {
            text.Append(' ').Append(_lines[_index++].Trim());
        }

        var marker = item.Groups[2].Value;
        var indent = item.Groups[1].Value.Replace("\t", "    ", StringComparison.Ordinal).Length;
        var label = char.IsDigit(marker[0]) ? marker : "•";
        _blocks.Add(new SourceBlock(BlockKind.ListItem, Inline(text.ToString()), _offsets[start]) { Level = indent / 2, ListLabel = label });
    }

    private void ReadParagraph()
    {
        var start = _index;
        var lines = new List<string>();
        while (_index < _lines.Length && (lines.Count == 0 || IsContinuation(_lines[_index])))
        {
            if (markdown && lines.Count > 0 && SetextUnderline().Match(_lines[_index]) is { Success: true } underline)
            {
                _index++;
                Add(BlockKind.Heading, Inline(string.Join(" ", lines)), start);
                _blocks[^1] = _blocks[^1] with { Level = underline.Groups[1].Value[0] == '=' ? 1 : 2 };
                return;
            }

            lines.Add(QuoteMarker().Replace(_lines[_index++].Trim(), string.Empty));
        }

        Add(BlockKind.Paragraph, Inline(string.Join(" ", lines)), start);
    }

    /// <summary>A line continues the current block unless it is blank or starts another block.</summary>
    private bool IsContinuation(string line) =>
        !string.IsNullOrWhiteSpace(line)
        && !ListItem().IsMatch(line)
        && !(markdown && (AtxHeading().IsMatch(line) || Fence().IsMatch(line) || IsTableStart(_index)));

    private string Inline(string text) => markdown ? MarkdownInline.Strip(text) : text;

    private void Add(BlockKind kind, string text, int lineIndex)
    {
        if (!string.IsNullOrWhiteSpace(text))
        {
            _blocks.Add(new SourceBlock(kind, text.Trim(), _offsets[lineIndex]));
        }
    }

    [GeneratedRegex(@"^ {0,3}(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$")]
    private static partial Regex AtxHeading();

    [GeneratedRegex(@"^ {0,3}(`{3,}|~{3,})")]
    private static partial Regex Fence();

    [GeneratedRegex(@"^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$")]
    private static partial Regex ThematicBreak();

    [GeneratedRegex(@"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$")]
    private static partial Regex TableDelimiter();

    [GeneratedRegex(@"(?<!\\)\|")]
    private static partial Regex UnescapedPipe();

    [GeneratedRegex(@"^([ \t]*)([-*+•]|\d{1,3}[.)])[ \t]+(\S.*)$")]
    private static partial Regex ListItem();

    [GeneratedRegex(@"^ {0,3}(=+|-+)[ \t]*$")]
    private static partial Regex SetextUnderline();

    [GeneratedRegex(@"^(?:>\s?)+")]
    private static partial Regex QuoteMarker();
}
