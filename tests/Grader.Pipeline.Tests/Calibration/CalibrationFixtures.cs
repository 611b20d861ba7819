using Grader.Pipeline.Calibration;
using Grader.Pipeline.Rubrics;
using Grader.Pipeline.Rubrics.Loading;
using Grader.Pipeline.Tests.Support;

namespace Grader.Pipeline.Tests.Calibration;

/// <summary>The real rubric and eval set, loaded once, and temporary sets written by a test.</summary>
internal static class CalibrationFixtures
{
    private static readonly Lazy<Rubric> LazyRubric = new(() => RubricLoader.LoadValid(RepositoryPaths.DefaultRubric));
    private static readonly Lazy<EvaluationSet> LazySet = new(() => EvaluationSet.Read(SetFolder, LazyRubric.Value));

    public static Rubric Rubric => LazyRubric.Value;

    public static string SetFolder => Path.Combine(RepositoryPaths.Root, "eval-sets", "dossiers-v1");

    public static EvaluationSet DossiersV1 => LazySet.Value;

    /// <summary>A set of one case with the given labels.json and an empty dossier.pdf (never parsed here).</summary>
    public static string WriteSet(string labelsJson, string caseName = "cas-01", string dossierName = "dossier.pdf")
    {
        var set = Directory.CreateTempSubdirectory("grader-calibration-").FullName;
        var folder = Path.Combine(set, caseName);
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, EvaluationSet.LabelsFileName), labelsJson);
        if (dossierName.Length > 0)
        {
            File.WriteAllBytes(Path.Combine(folder, dossierName), [0x25, 0x50, 0x44, 0x46]);
        }

        return set;
    }
}
