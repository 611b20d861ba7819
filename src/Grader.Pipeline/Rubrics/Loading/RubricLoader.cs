using YamlDotNet.RepresentationModel;

namespace Grader.Pipeline.Rubrics.Loading;

/// <summary>The outcome of loading a rubric: the model when it could be read, and every problem found.</summary>
public sealed record RubricLoadResult(Rubric? Rubric, IReadOnlyList<RubricProblem> Problems)
{
    public bool IsValid => Rubric is not null && Problems.Count == 0;
}

/// <summary>
/// Reads a rubric folder (<c>rubric.yaml</c> + bloc files) and validates it. Syntax and shape problems
/// (from the YAML) and meaning problems (from <see cref="RubricValidator"/>) are returned together.
/// </summary>
public static class RubricLoader
{
    public const string ManifestFileName = "rubric.yaml";

    /// <summary>Loads and validates; never throws for a bad rubric, returns its problems instead.</summary>
    public static RubricLoadResult Load(string path)
    {
        var manifestPath = Directory.Exists(path) ? System.IO.Path.Combine(path, ManifestFileName) : path;
        var folder = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(manifestPath))!;
        var problems = new List<RubricProblem>();

        var (yaml, root) = YamlDocumentReader.Open(manifestPath, Display(manifestPath), problems);
        if (root is null)
        {
            return new RubricLoadResult(null, problems);
        }

        yaml.RejectUnknownKeys(root, "id", "title", "version", "source", "preamble", "scale", "blocs");
        var blocs = new List<Bloc>();
        foreach (var blocFile in yaml.ScalarSequence(root, "blocs"))
        {
            var blocPath = System.IO.Path.Combine(folder, blocFile.Value!);
            var (blocYaml, blocRoot) = YamlDocumentReader.Open(blocPath, Display(blocPath), problems);
            if (blocRoot is not null)
            {
                blocs.Add(new BlocReader(blocYaml).Read(blocRoot));
            }
        }

        if (yaml.Get(root, "blocs") is null)
        {
            yaml.Report(root, "le champ « blocs » (liste des fichiers de blocs) est obligatoire.");
        }

        var rubric = new Rubric
        {
            Id = yaml.RequiredString(root, "id"),
            Title = yaml.RequiredString(root, "title"),
            Version = yaml.RequiredString(root, "version"),
            Source = yaml.OptionalString(root, "source"),
            Preamble = yaml.ScalarSequence(root, "preamble").Select(s => s.Value!).ToList(),
            Scale = ReadScale(yaml, root),
            Blocs = blocs,
            Path = folder,
        };

        problems.AddRange(RubricValidator.Validate(rubric, yaml.Locate(root)));
        if (problems.Count == 0 && RubricVersionLock.Check(rubric) is { } versionProblem)
        {
            problems.Add(versionProblem with { File = Display(System.IO.Path.Combine(folder, versionProblem.File)) });
        }
        return new RubricLoadResult(rubric, problems);
    }

    /// <summary>Loads a rubric that must be valid; throws a <see cref="RubricException"/> listing the problems otherwise.</summary>
    public static Rubric LoadValid(string path)
    {
        var result = Load(path);
        if (!result.IsValid)
        {
            throw RubricException.Invalid(result.Problems);
        }

        return result.Rubric!;
    }

    private static RatingScale ReadScale(YamlDocumentReader yaml, YamlMappingNode root)
    {
        if (yaml.Get(root, "scale") is not YamlMappingNode node)
        {
            yaml.Report(root, "le champ « scale » (échelle de notation) est obligatoire.");
            return new RatingScale([], 0);
        }

        yaml.RejectUnknownKeys(node, "levels", "acquiredFrom");
        var levels = new List<ScaleLevel>();
        foreach (var level in yaml.MappingSequence(node, "levels"))
        {
            yaml.RejectUnknownKeys(level, "value", "label", "description");
            var value = yaml.OptionalInt(level, "value");
            if (value is null)
            {
                yaml.Report(level, "chaque niveau de l’échelle doit avoir une valeur entière (« value »).");
                continue;
            }

            levels.Add(new ScaleLevel(value.Value, yaml.RequiredString(level, "label"), yaml.OptionalString(level, "description")));
        }

        var acquiredFrom = yaml.OptionalInt(node, "acquiredFrom");
        if (acquiredFrom is null)
        {
            yaml.Report(node, "le champ « acquiredFrom » (niveau à partir duquel la compétence est acquise) est obligatoire.");
        }

        return new RatingScale(levels, acquiredFrom ?? 0);
    }

    /// <summary>Paths in messages are relative to the current directory when possible: shorter and clickable.</summary>
    private static string Display(string path)
    {
        var relative = System.IO.Path.GetRelativePath(Environment.CurrentDirectory, path);
        return relative.StartsWith("..", StringComparison.Ordinal) ? path : relative;
    }
}
