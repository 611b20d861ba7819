using System.Globalization;
using System.Text;

namespace Grader.Pipeline.Rubrics.Editing;

/// <summary>Writes a text as a YAML double-quoted scalar, the style the rubric files use for short texts.</summary>
public static class YamlQuoting
{
    public static string DoubleQuoted(string text)
    {
        var builder = new StringBuilder(text.Length + 2).Append('"');
        foreach (var c in text)
        {
            switch (c)
            {
                case '"':
                    builder.Append("\\\"");
                    break;
                case '\\':
                    builder.Append("\\\\");
                    break;
                case '\n':
                    builder.Append("\\n");
                    break;
                case '\t':
                    builder.Append("\\t");
                    break;
                default:
                    // Other control characters are refused by the rules; escaped anyway so the file always parses.
                    builder.Append(char.IsControl(c) ? string.Create(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}") : c);
                    break;
            }
        }

        return builder.Append('"').ToString();
    }
}
