using Grader.Pipeline.Rubrics;

namespace Grader.Pipeline.Calibration;

/// <summary>
/// Dossiers graded by juries (eval-sets/README.md): one folder per case with <c>labels.json</c> and the dossier,
/// <c>dossier.pdf</c> preferred over <c>dossier.docx</c> because the labels' pages are PDF pages.
/// </summary>
public sealed record EvaluationSet(string Directory, Rubric Rubric, IReadOnlyList<EvaluationCase> Cases)
{
    public const string LabelsFileName = "labels.json";

    private static readonly string[] DossierNames = ["dossier.pdf", "dossier.docx"];

    public string Name => Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(Directory)));

    /// <summary>
    /// Reads every case folder of <paramref name="directory"/> (sub-folders without labels.json are not cases and are
    /// skipped); throws <see cref="EvaluationSetException"/> with a French message naming the file at fault.
    /// </summary>
    public static EvaluationSet Read(string directory, Rubric rubric)
    {
        if (!System.IO.Directory.Exists(directory))
        {
            throw new EvaluationSetException("evaluation-set-not-found", $"Jeu d’évaluation introuvable : le dossier « {directory} » n’existe pas.");
        }

        var reader = new LabelsFileReader(new RubricIndex(rubric));
        var cases = new List<EvaluationCase>();
        foreach (var folder in System.IO.Directory.GetDirectories(directory).Order(StringComparer.Ordinal))
        {
            var labels = Path.Combine(folder, LabelsFileName);
            if (!File.Exists(labels))
            {
                continue;
            }

            var dossier = DossierNames.Select(name => Path.Combine(folder, name)).FirstOrDefault(File.Exists)
                ?? throw new EvaluationSetException(
                    "dossier-not-found",
                    $"Le cas « {folder} » a un fichier labels.json mais pas de dossier.pdf ni de dossier.docx.");
            var name = Path.GetFileName(folder);
            cases.Add(new EvaluationCase(name, dossier, rubric, reader.Read(labels, name)));
        }

        if (cases.Count == 0)
        {
            throw new EvaluationSetException(
                "empty-evaluation-set",
                $"Aucun cas dans « {directory} » : chaque cas est un sous-dossier contenant labels.json et dossier.pdf (ou dossier.docx).");
        }

        var duplicate = cases.GroupBy(c => c.Labels.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new EvaluationSetException(
                "duplicate-case",
                $"Plusieurs cas portent l’identifiant « {duplicate.Key} » : {string.Join(", ", duplicate.Select(c => c.DossierPath))}.");
        }

        return new EvaluationSet(directory, rubric, cases);
    }
}
