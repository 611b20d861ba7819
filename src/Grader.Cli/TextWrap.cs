using System.Text;

namespace Grader.Cli;

/// <summary>Word-wraps long French texts for the terminal, with a hanging indent.</summary>
internal static class TextWrap
{
    public static string Wrap(string text, string indent, int width = 100)
    {
        var builder = new StringBuilder();
        var line = new StringBuilder(indent);
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > indent.Length && line.Length + 1 + word.Length > width)
            {
                builder.AppendLine(line.ToString());
                line.Clear().Append(indent);
            }

            if (line.Length > indent.Length)
            {
                line.Append(' ');
            }

            line.Append(word);
        }

        builder.Append(line);
        return builder.ToString();
    }

    /// <summary>The first <paramref name="max"/> characters, cut at a word, with an ellipsis.</summary>
    public static string Shorten(string text, int max)
    {
        if (text.Length <= max)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', max - 1);
        return text[..(cut > max / 2 ? cut : max - 1)].TrimEnd(',', ';', ' ') + "…";
    }
}
