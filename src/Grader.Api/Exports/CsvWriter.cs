using System.Text;

namespace Grader.Api.Exports;

/// <summary>
/// CSV for French Excel: UTF-8 with a byte-order mark (without it Excel reads accents as Windows-1252), <c>;</c> as the
/// separator (the comma is the French decimal mark), CRLF line ends, RFC 4180 quoting. A cell that a spreadsheet would
/// run as a formula (starting with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>) is prefixed with an apostrophe.
/// </summary>
public static class CsvWriter
{
    public const char Separator = ';';

    public static byte[] Write(IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string?>> rows)
    {
        var text = new StringBuilder();
        AppendLine(text, headers);
        foreach (var row in rows)
        {
            AppendLine(text, row);
        }

        var encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true);
        return [.. encoding.GetPreamble(), .. encoding.GetBytes(text.ToString())];
    }

    public static string Field(string? value)
    {
        var text = value ?? "";
        if (text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            text = "'" + text;
        }

        var needsQuotes = text.IndexOfAny([Separator, '"', '\r', '\n']) >= 0 || (text.Length > 0 && (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1])));
        return needsQuotes ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
    }

    private static void AppendLine(StringBuilder text, IEnumerable<string?> cells) =>
        text.AppendJoin(Separator, cells.Select(Field)).Append("\r\n");
}
