using System.Text;

namespace Grader.Pipeline.Reporting;

/// <summary>
/// Escapes text from the dossier or a model so that it renders as the words it is: a candidate's « # », « * »,
/// « | » or HTML tag must not become a heading, emphasis, a table cell or markup in the juror's report.
/// </summary>
internal static class MarkdownText
{
    public static string Escape(string text)
    {
        var flat = FrenchReportText.Flatten(text);
        var builder = new StringBuilder(flat.Length + 8);
        foreach (var c in flat)
        {
            if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '#' or '|' or '~')
            {
                builder.Append('\\');
            }

            builder.Append(c);
        }

        return builder.ToString();
    }
}
