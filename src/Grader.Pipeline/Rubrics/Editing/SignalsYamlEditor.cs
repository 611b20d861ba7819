using System.Text;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;
using YamlDotNet.Core.Tokens;
using YamlComment = YamlDotNet.Core.Tokens.Comment;

namespace Grader.Pipeline.Rubrics.Editing;

/// <summary>
/// Rewrites one compétence's <c>signals:</c> sequence in a bloc file by text surgery: the node marks of the YAML give the
/// exact characters of that sequence, and only those change, so every comment, quote style and line break of the rest
/// of the file stays as the pedagogical team wrote it (re-serialising the document would lose them). Comments that sat
/// among the replaced items are kept, on their own lines, just before the new items.
/// </summary>
public static class SignalsYamlEditor
{
    public const string Key = "signals";

    public static string Replace(string text, string competenceId, IReadOnlyList<string> signals)
    {
        var competence = FindCompetence(Parse(text), competenceId)
            ?? throw new RubricException("unknown-competence", $"La compétence « {competenceId} » est absente de ce fichier de bloc.");
        var newline = text.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
        var key = competence.Children.Keys.OfType<YamlScalarNode>().FirstOrDefault(k => k.Value == Key);

        var edited = key is null
            ? Insert(text, competence, signals, newline)
            : competence.Children[key] switch
            {
                YamlSequenceNode { Style: SequenceStyle.Flow } flow => ReplaceFlow(text, flow, signals, newline),
                YamlSequenceNode { Children.Count: > 0 } block => ReplaceBlock(text, key, block, signals, newline),
                var other => throw new RubricException("invalid-rubric",
                    $"Le champ « signals » de la compétence « {competenceId} » n’est pas une liste (ligne {other.Start.Line}) : corrigez le fichier avant de le modifier ici."),
            };

        var written = FindCompetence(Parse(edited), competenceId);
        var readBack = written?.Children.TryGetValue(new YamlScalarNode(Key), out var node) == true && node is YamlSequenceNode sequence
            ? sequence.Children.OfType<YamlScalarNode>().Select(s => s.Value ?? string.Empty).ToList()
            : [];
        if (!readBack.SequenceEqual(signals, StringComparer.Ordinal))
        {
            // A bug of this editor, never the user's input: stop before anything is written to disk.
            throw new InvalidOperationException($"The edited signals of {competenceId} do not read back as written.");
        }

        return edited;
    }

    /// <summary>Whether this bloc file declares the compétence (so that the edit belongs in it).</summary>
    public static bool Declares(string text, string competenceId) => FindCompetence(Parse(text), competenceId) is not null;

    /// <summary>The compétence mapping with this id (activities → competences), or null.</summary>
    public static YamlMappingNode? FindCompetence(YamlMappingNode root, string competenceId)
    {
        foreach (var activity in Items(root, "activities"))
        {
            foreach (var competence in Items(activity, "competences"))
            {
                if (competence.Children.TryGetValue(new YamlScalarNode("id"), out var id) && id is YamlScalarNode { Value: var value } && value == competenceId)
                {
                    return competence;
                }
            }
        }

        return null;
    }

    private static IEnumerable<YamlMappingNode> Items(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var node) && node is YamlSequenceNode sequence
            ? sequence.Children.OfType<YamlMappingNode>()
            : [];

    private static YamlMappingNode Parse(string text)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(text));
        return stream.Documents.Count > 0 && stream.Documents[0].RootNode is YamlMappingNode root
            ? root
            : throw new RubricException("invalid-rubric", "Le fichier de bloc ne contient pas de dictionnaire YAML.");
    }

    // No signals key yet: a new one goes before « criteria: » (and the comments that introduce it), at the same indentation.
    private static string Insert(string text, YamlMappingNode competence, IReadOnlyList<string> signals, string newline)
    {
        if (signals.Count == 0)
        {
            return text;
        }

        var criteria = competence.Children.Keys.OfType<YamlScalarNode>().FirstOrDefault(k => k.Value == "criteria")
            ?? throw new RubricException("invalid-rubric", "La compétence n’a pas de champ « criteria » : corrigez le fichier avant de le modifier ici.");
        var indent = new string(' ', (int)criteria.Start.Column - 1);
        var at = LineStart(text, (int)criteria.Start.Index);
        while (at > 0)
        {
            var previous = LineStart(text, at - 1);
            if (!text[previous..at].TrimStart().StartsWith('#'))
            {
                break;
            }

            at = previous;
        }

        var block = new StringBuilder().Append(indent).Append(Key).Append(':').Append(newline);
        AppendItems(block, indent + "  ", signals, newline);
        return text.Insert(at, block.ToString());
    }

    // signals: [] (or a one-line flow list): the brackets become [] again, or give way to block items on the next lines.
    private static string ReplaceFlow(string text, YamlSequenceNode flow, IReadOnlyList<string> signals, string newline)
    {
        var start = (int)flow.Start.Index;
        var end = FlowEnd(text, start);
        var comments = CommentsWithin(text, start, end);
        var itemIndent = new string(' ', LineIndent(text, start) + 2);
        var lineEnd = LineEnd(text, end);
        if (signals.Count == 0)
        {
            // Comments inside a multi-line flow list that becomes []: kept on their own lines right after it.
            return text[..start] + "[]" + text[end..lineEnd] + string.Concat(comments.Select(c => newline + itemIndent + "#" + c)) + text[lineEnd..];
        }

        var rest = text[end..lineEnd];
        var builder = new StringBuilder(text[..start].TrimEnd(' '));
        if (rest.Trim().Length > 0)
        {
            builder.Append(' ').Append(rest.TrimStart());
        }

        builder.Append(newline);
        foreach (var comment in comments)
        {
            builder.Append(itemIndent).Append('#').Append(comment).Append(newline);
        }

        AppendItems(builder, itemIndent, signals, newline);
        var after = lineEnd < text.Length ? text[(lineEnd + (text[lineEnd] == '\r' ? 2 : 1))..] : string.Empty;
        return builder.Append(after).ToString();
    }

    // A block list: its item lines are replaced; an empty list becomes « signals: [] » on the key's line.
    private static string ReplaceBlock(string text, YamlScalarNode key, YamlSequenceNode block, IReadOnlyList<string> signals, string newline)
    {
        var first = LineStart(text, (int)block.Children[0].Start.Index);
        var lastEnd = (int)block.Children[^1].End.Index;
        while (lastEnd > first && char.IsWhiteSpace(text[lastEnd - 1]))
        {
            lastEnd--;
        }

        var lineEnd = LineEnd(text, lastEnd);
        var stop = lineEnd < text.Length ? lineEnd + (text[lineEnd] == '\r' ? 2 : 1) : lineEnd;
        var itemsIndent = new string(' ', Math.Max(0, LineIndent(text, (int)block.Start.Index)));
        var replacement = new StringBuilder();
        foreach (var comment in CommentsWithin(text, first, stop))
        {
            replacement.Append(itemsIndent).Append('#').Append(comment).Append(newline);
        }

        AppendItems(replacement, itemsIndent, signals, newline);
        if (lineEnd >= text.Length && stop == lineEnd && replacement.Length >= newline.Length && signals.Count > 0)
        {
            // The list ended the file without a final line break: keep it that way.
            replacement.Length -= newline.Length;
        }

        var edited = text[..first] + replacement + text[stop..];
        if (signals.Count > 0)
        {
            return edited;
        }

        var colon = text.IndexOf(':', (int)key.End.Index);
        return edited.Insert(colon + 1, " []");
    }

    private static void AppendItems(StringBuilder builder, string indent, IReadOnlyList<string> signals, string newline)
    {
        foreach (var signal in signals)
        {
            builder.Append(indent).Append("- ").Append(YamlQuoting.DoubleQuoted(signal)).Append(newline);
        }
    }

    // The node's End mark of a flow sequence is its start (YamlDotNet): the closing bracket is found among the tokens.
    private static int FlowEnd(string text, int start)
    {
        var scanner = new Scanner(new StringReader(text), skipComments: true);
        var depth = 0;
        while (scanner.MoveNext())
        {
            switch (scanner.Current)
            {
                case FlowSequenceStart open when open.Start.Index >= start:
                    depth++;
                    break;
                case FlowSequenceEnd close when depth > 0:
                    if (--depth == 0)
                    {
                        return (int)close.Start.Index + 1; // the token marks the bracket itself, not past it
                    }

                    break;
            }
        }

        throw new InvalidOperationException("Unclosed flow sequence.");
    }

    /// <summary>The text of the comments (after « # ») that start within [start, end).</summary>
    private static List<string> CommentsWithin(string text, int start, int end)
    {
        var comments = new List<string>();
        var scanner = new Scanner(new StringReader(text), skipComments: false);
        while (scanner.MoveNext())
        {
            if (scanner.Current is YamlComment comment && comment.Start.Index >= start && comment.Start.Index < end)
            {
                comments.Add(comment.Value.Length > 0 && comment.Value[0] != ' ' ? " " + comment.Value : comment.Value);
            }
        }

        return comments;
    }

    private static int LineStart(string text, int index)
    {
        var previous = index <= 0 ? -1 : text.LastIndexOf('\n', Math.Min(index, text.Length) - 1);
        return previous + 1;
    }

    /// <summary>The index of the line break ending the line of <paramref name="index"/> (its \r for CRLF), or the text's length.</summary>
    private static int LineEnd(string text, int index)
    {
        var next = text.IndexOf('\n', index);
        if (next < 0)
        {
            return text.Length;
        }

        return next > 0 && text[next - 1] == '\r' ? next - 1 : next;
    }

    private static int LineIndent(string text, int index)
    {
        var start = LineStart(text, index);
        var indent = 0;
        while (start + indent < text.Length && text[start + indent] == ' ')
        {
            indent++;
        }

        return indent;
    }
}
