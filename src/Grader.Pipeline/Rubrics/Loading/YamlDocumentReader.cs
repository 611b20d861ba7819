using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Grader.Pipeline.Rubrics.Loading;

/// <summary>
/// Typed, line-aware access to one YAML file. Every missing or malformed value becomes a
/// <see cref="RubricProblem"/> naming the file and the line, instead of an exception, so that
/// <c>grader rubric validate</c> can list all problems at once.
/// </summary>
internal sealed class YamlDocumentReader
{
    private readonly List<RubricProblem> _problems;

    private YamlDocumentReader(string displayPath, List<RubricProblem> problems)
    {
        DisplayPath = displayPath;
        _problems = problems;
    }

    public string DisplayPath { get; }

    /// <summary>Parses <paramref name="path"/>; returns null (and records the problem) when the YAML is unreadable.</summary>
    public static (YamlDocumentReader Reader, YamlMappingNode? Root) Open(string path, string displayPath, List<RubricProblem> problems)
    {
        var reader = new YamlDocumentReader(displayPath, problems);
        if (!File.Exists(path))
        {
            problems.Add(new RubricProblem(displayPath, 0, "fichier introuvable."));
            return (reader, null);
        }

        try
        {
            using var text = new StreamReader(path);
            var stream = new YamlStream();
            stream.Load(text);
            if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
            {
                problems.Add(new RubricProblem(displayPath, 1, "le fichier doit contenir un dictionnaire YAML (clé : valeur)."));
                return (reader, null);
            }

            return (reader, root);
        }
        catch (YamlException ex)
        {
            problems.Add(new RubricProblem(displayPath, (int)ex.Start.Line, $"YAML illisible : {ex.Message}"));
            return (reader, null);
        }
    }

    public SourceLocation Locate(YamlNode node) => new(DisplayPath, (int)node.Start.Line);

    public void Report(YamlNode node, string message) => _problems.Add(new RubricProblem(DisplayPath, (int)node.Start.Line, message));

    public YamlNode? Get(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    public string RequiredString(YamlMappingNode map, string key)
    {
        var value = OptionalString(map, key);
        if (string.IsNullOrWhiteSpace(value))
        {
            Report(map, $"le champ « {key} » est obligatoire et ne peut pas être vide.");
            return string.Empty;
        }

        return value;
    }

    public string? OptionalString(YamlMappingNode map, string key)
    {
        var node = Get(map, key);
        switch (node)
        {
            case null:
                return null;
            case YamlScalarNode scalar:
                return scalar.Value;
            default:
                Report(node, $"le champ « {key} » doit être un texte.");
                return null;
        }
    }

    public int? OptionalInt(YamlMappingNode map, string key)
    {
        var text = OptionalString(map, key);
        if (text is null)
        {
            return null;
        }

        if (int.TryParse(text, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        Report(Get(map, key)!, $"le champ « {key} » doit être un nombre entier (trouvé « {text} »).");
        return null;
    }

    public bool? OptionalBool(YamlMappingNode map, string key)
    {
        var text = OptionalString(map, key);
        switch (text?.ToLowerInvariant())
        {
            case null:
                return null;
            case "true":
                return true;
            case "false":
                return false;
            default:
                Report(Get(map, key)!, $"le champ « {key} » doit valoir true ou false (trouvé « {text} »).");
                return null;
        }
    }

    /// <summary>The mappings of a sequence field; other items are reported. Missing field: empty list.</summary>
    public IReadOnlyList<YamlMappingNode> MappingSequence(YamlMappingNode map, string key)
    {
        var node = Get(map, key);
        if (node is null)
        {
            return [];
        }

        if (node is not YamlSequenceNode sequence)
        {
            Report(node, $"le champ « {key} » doit être une liste.");
            return [];
        }

        var items = new List<YamlMappingNode>();
        foreach (var item in sequence.Children)
        {
            if (item is YamlMappingNode mapping)
            {
                items.Add(mapping);
            }
            else
            {
                Report(item, $"chaque élément de « {key} » doit être un dictionnaire (clé : valeur).");
            }
        }

        return items;
    }

    /// <summary>The scalar items of a sequence field, with their nodes for error locations.</summary>
    public IReadOnlyList<YamlScalarNode> ScalarSequence(YamlMappingNode map, string key)
    {
        var node = Get(map, key);
        if (node is null)
        {
            return [];
        }

        if (node is not YamlSequenceNode sequence)
        {
            Report(node, $"le champ « {key} » doit être une liste.");
            return [];
        }

        var items = new List<YamlScalarNode>();
        foreach (var item in sequence.Children)
        {
            if (item is YamlScalarNode scalar && !string.IsNullOrWhiteSpace(scalar.Value))
            {
                items.Add(scalar);
            }
            else
            {
                Report(item, $"chaque élément de « {key} » doit être un texte non vide.");
            }
        }

        return items;
    }

    /// <summary>Reports keys the format does not know: a typo must not silently drop data.</summary>
    public void RejectUnknownKeys(YamlMappingNode map, params string[] known)
    {
        foreach (var key in map.Children.Keys)
        {
            if (key is YamlScalarNode { Value: { } name } && !known.Contains(name, StringComparer.Ordinal))
            {
                Report(key, $"champ inconnu « {name} » (champs possibles : {string.Join(", ", known)}).");
            }
        }
    }
}
