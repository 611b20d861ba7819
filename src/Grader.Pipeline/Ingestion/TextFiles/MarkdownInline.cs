using System.Text.RegularExpressions;

namespace Grader.Pipeline.Ingestion.TextFiles;

/// <summary>
/// Removes inline Markdown markup so that the evaluated text reads like the rendered page: "**fort**"
/// becomes "fort", a link keeps its label. Quotes taken by the evaluator must match what the jury reads.
/// </summary>
internal static partial class MarkdownInline
{
    public static string Strip(string text)
    {
        if (text.IndexOfAny(['*', '_', '`', '[', '!', '\\', '<']) < 0)
        {
            return text;
        }

        text = Image().Replace(text, "$1");
        text = Link().Replace(text, "$1");
        text = Code().Replace(text, "$1");
        text = Strong().Replace(text, "$2");
        text = Emphasis().Replace(text, "$2");
        text = HtmlTag().Replace(text, string.Empty);
        return Escape().Replace(text, "$1");
    }

    [GeneratedRegex(@"!\[([^\]]*)\]\([^)]*\)")]
    private static partial Regex Image();

    [GeneratedRegex(@"\[([^\]]+)\]\([^)]*\)")]
    private static partial Regex Link();

    [GeneratedRegex(@"`([^`]+)`")]
    private static partial Regex Code();

    [GeneratedRegex(@"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")]
    private static partial Regex Strong();

    // Underscores inside words (nom_de_fichier) are not emphasis in CommonMark; asterisks may be.
    [GeneratedRegex(@"(\*|(?<!\w)_)(?=\S)(.+?)(?<=\S)(?:\*|_(?!\w))")]
    private static partial Regex Emphasis();

    [GeneratedRegex(@"</?(?:br|b|i|u|em|strong|span|sup|sub)\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex HtmlTag();

    [GeneratedRegex(@"\\([\\`*_{}\[\]()#+\-.!|])")]
    private static partial Regex Escape();
}
