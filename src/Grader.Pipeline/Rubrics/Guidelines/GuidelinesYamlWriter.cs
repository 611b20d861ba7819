using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Grader.Pipeline.Rubrics.Guidelines;

/// <summary>Writes a guidelines set as the YAML <see cref="GuidelinesLoader"/> reads (used when the API publishes a version).</summary>
public static class GuidelinesYamlWriter
{
    public static string Write(GuidelineSet set, string? comment = null)
    {
        var competences = new YamlSequenceNode();
        foreach (var entry in set.Competences)
        {
            var node = new YamlMappingNode { { "competence", Quoted(entry.Competence) } };
            if (!string.IsNullOrWhiteSpace(entry.Guidelines))
            {
                node.Add("guidelines", Text(entry.Guidelines));
            }

            if (entry.Anchors.Count > 0)
            {
                var anchors = new YamlSequenceNode();
                foreach (var anchor in entry.Anchors)
                {
                    var item = new YamlMappingNode
                    {
                        { "level", new YamlScalarNode(anchor.Level.ToString(CultureInfo.InvariantCulture)) },
                        { "excerpt", Text(anchor.Excerpt) },
                    };
                    if (!string.IsNullOrWhiteSpace(anchor.Note))
                    {
                        item.Add("note", Text(anchor.Note));
                    }

                    anchors.Add(item);
                }

                node.Add("anchors", anchors);
            }

            competences.Add(node);
        }

        var root = new YamlMappingNode
        {
            { "rubric", Quoted(set.RubricId) },
            { "version", Quoted(set.Version) },
            { "competences", competences },
        };

        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        if (!string.IsNullOrWhiteSpace(comment))
        {
            foreach (var line in comment.Split('\n'))
            {
                writer.Write("# ");
                writer.WriteLine(line.TrimEnd('\r'));
            }
        }

        new YamlStream(new YamlDocument(root)).Save(writer, assignAnchors: false);
        // YamlStream ends the document with « ... »: harmless, but not what a person writes.
        var text = writer.ToString().TrimEnd();
        return (text.EndsWith("...", StringComparison.Ordinal) ? text[..^3].TrimEnd() : text) + "\n";
    }

    private static YamlScalarNode Quoted(string value) => new(value) { Style = ScalarStyle.DoubleQuoted };

    private static YamlScalarNode Text(string value) => new(value.Trim()) { Style = ScalarStyle.DoubleQuoted };
}
