using YamlDotNet.RepresentationModel;

namespace Grader.Pipeline.Rubrics.Editing;

/// <summary>Changes the <c>version</c> of a <c>rubric.yaml</c> by text surgery: comments and layout of the manifest stay.</summary>
public static class ManifestVersionEditor
{
    public static string SetVersion(string manifest, string version)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(manifest));
        if (stream.Documents.Count == 0
            || stream.Documents[0].RootNode is not YamlMappingNode root
            || !root.Children.TryGetValue(new YamlScalarNode("version"), out var node)
            || node is not YamlScalarNode scalar)
        {
            throw new RubricException("invalid-rubric", "Le fichier rubric.yaml n’a pas de champ « version » lisible.");
        }

        return manifest[..(int)scalar.Start.Index] + YamlQuoting.DoubleQuoted(version) + manifest[(int)scalar.End.Index..];
    }
}
