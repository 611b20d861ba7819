using Grader.Pipeline.Indexing.Evaluation;

namespace Grader.Cli.Bench.Retrieval;

/// <summary>One case of an evaluation set: the dossier file and the evidence a juror labelled in it.</summary>
internal sealed record BenchmarkCase(string Id, string DossierPath, IReadOnlyList<LabelledEvidence> Evidence);

/// <summary>
/// Reads an evaluation set laid out as in eval-sets/README.md: one folder per case with <c>dossier.pdf</c>
/// (preferred: the labels' pages are PDF pages) or <c>dossier.docx</c>, and <c>labels.json</c>.
/// </summary>
internal static class BenchmarkSet
{
    // In order of preference: the labels' pages are PDF pages.
    private static readonly string[] DossierNames = ["dossier.pdf", "dossier.docx"];

    public static IReadOnlyList<BenchmarkCase> Read(string setDirectory)
    {
        if (!Directory.Exists(setDirectory))
        {
            throw new ConfigurationProblemException($"Jeu d’évaluation introuvable : le dossier « {setDirectory} » n’existe pas.");
        }

        var cases = new List<BenchmarkCase>();
        foreach (var folder in Directory.GetDirectories(setDirectory).Order(StringComparer.Ordinal))
        {
            var labels = Path.Combine(folder, "labels.json");
            var dossier = DossierNames.Select(name => Path.Combine(folder, name)).FirstOrDefault(File.Exists);
            if (!File.Exists(labels) || dossier is null)
            {
                continue;
            }

            cases.Add(new BenchmarkCase(Path.GetFileName(folder), dossier, ReadLabels(labels)));
        }

        if (cases.Count == 0)
        {
            throw new ConfigurationProblemException(
                $"Aucun cas dans « {setDirectory} » : chaque cas est un sous-dossier contenant dossier.pdf (ou dossier.docx) et labels.json.");
        }

        return cases;
    }

    private static IReadOnlyList<LabelledEvidence> ReadLabels(string path)
    {
        try
        {
            return EvidenceLabels.Read(path);
        }
        catch (System.Text.Json.JsonException ex)
        {
            throw new ConfigurationProblemException($"Le fichier « {path} » n’est pas un JSON valide : {ex.Message}", ex);
        }
    }
}
