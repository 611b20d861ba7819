using Grader.Pipeline.Rubrics.Loading;
using YamlDotNet.RepresentationModel;

namespace Grader.Pipeline.Rubrics.Guidelines;

/// <summary>The outcome of reading one guidelines file: the set when it could be read, and every problem found.</summary>
public sealed record GuidelinesLoadResult(GuidelineSet? Set, IReadOnlyList<RubricProblem> Problems)
{
    public bool IsValid => Set is not null && Problems.Count == 0;
}

/// <summary>
/// Reads the guidelines of a rubric: a <c>guidelines/</c> folder holding one file per published version
/// (<c>1.0.0.yaml</c>, <c>1.1.0.yaml</c>…), the highest being in force. A file is never rewritten: an edit publishes
/// the next version. Problems are French « fichier:ligne : problème » lines, like the rubric's.
/// </summary>
public static class GuidelinesLoader
{
    public const string FolderName = "guidelines";
    public const string Extension = ".yaml";

    /// <summary>The guidelines folder beside a rubric (<c>rubrics/&lt;id&gt;/guidelines</c>).</summary>
    public static string FolderBeside(Rubric rubric) => System.IO.Path.Combine(rubric.Path, FolderName);

    /// <summary>The published versions in <paramref name="folder"/>, lowest first; empty when the folder does not exist.</summary>
    public static IReadOnlyList<(GuidelinesVersion Version, string Path)> Versions(string folder)
    {
        if (!Directory.Exists(folder))
        {
            return [];
        }

        var versions = new List<(GuidelinesVersion, string)>();
        foreach (var file in Directory.GetFiles(folder, "*" + Extension))
        {
            if (GuidelinesVersion.TryParse(System.IO.Path.GetFileNameWithoutExtension(file), out var version))
            {
                versions.Add((version, file));
            }
        }

        return versions.OrderBy(v => v.Item1).ToList();
    }

    /// <summary>
    /// The version in force in <paramref name="folder"/>, or <see cref="GuidelineSet.None"/> when there is none.
    /// Throws a <see cref="RubricException"/> listing the problems when that file is invalid: a broken consigne must
    /// stop the run rather than be silently dropped.
    /// </summary>
    public static GuidelineSet LoadLatestValid(string folder, RubricIndex index)
    {
        var versions = Versions(folder);
        if (versions.Count == 0)
        {
            return GuidelineSet.None(index.Rubric.Id);
        }

        var result = Load(versions[^1].Path, index);
        if (!result.IsValid)
        {
            throw new RubricException(
                "invalid-guidelines",
                $"Les consignes de correction contiennent {result.Problems.Count} erreur{(result.Problems.Count > 1 ? "s" : "")} :"
                + Environment.NewLine + string.Join(Environment.NewLine, result.Problems.Select(p => "  - " + p)),
                result.Problems);
        }

        return result.Set!;
    }

    /// <summary>Reads and validates one file; never throws for a bad file, returns its problems instead.</summary>
    public static GuidelinesLoadResult Load(string path, RubricIndex index, string? displayPath = null)
    {
        var problems = new List<RubricProblem>();
        var display = displayPath ?? Display(path);
        var (yaml, root) = YamlDocumentReader.Open(path, display, problems);
        if (root is null)
        {
            return new GuidelinesLoadResult(null, problems);
        }

        yaml.RejectUnknownKeys(root, "rubric", "version", "competences");
        var competences = yaml.MappingSequence(root, "competences").Select(node => ReadCompetence(yaml, node)).ToList();
        var set = new GuidelineSet(yaml.RequiredString(root, "rubric"), yaml.RequiredString(root, "version"), competences, System.IO.Path.GetFullPath(path));

        var header = yaml.Locate(root);
        var (resolved, meaning) = GuidelinesValidator.Validate(set, index, header);
        problems.AddRange(meaning);
        var named = System.IO.Path.GetFileNameWithoutExtension(path);
        if (GuidelinesVersion.TryParse(named, out var fileVersion) && GuidelinesVersion.TryParse(set.Version, out var declared) && fileVersion != declared)
        {
            problems.Add(new RubricProblem(display, header.Line,
                $"le fichier {named}{Extension} déclare la version {set.Version} : le nom du fichier et « version » doivent être identiques."));
        }

        return new GuidelinesLoadResult(resolved, problems);
    }

    private static CompetenceGuidance ReadCompetence(YamlDocumentReader yaml, YamlMappingNode node)
    {
        yaml.RejectUnknownKeys(node, "competence", "guidelines", "anchors");
        var anchors = new List<AnchorExample>();
        foreach (var anchor in yaml.MappingSequence(node, "anchors"))
        {
            yaml.RejectUnknownKeys(anchor, "level", "excerpt", "note");
            // A missing level is reported by the validator, which also checks sets built from an API request.
            var level = yaml.OptionalInt(anchor, "level");
            anchors.Add(new AnchorExample(level ?? int.MinValue, yaml.RequiredString(anchor, "excerpt"), yaml.OptionalString(anchor, "note"), yaml.Locate(anchor)));
        }

        return new CompetenceGuidance(
            yaml.OptionalString(node, "competence") ?? string.Empty,
            string.Empty,
            yaml.OptionalString(node, "guidelines"),
            anchors,
            yaml.Locate(node));
    }

    private static string Display(string path)
    {
        var relative = System.IO.Path.GetRelativePath(Environment.CurrentDirectory, path);
        return relative.StartsWith("..", StringComparison.Ordinal) ? path : relative;
    }
}
