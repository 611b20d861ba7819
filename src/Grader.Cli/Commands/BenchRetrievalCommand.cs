using System.CommandLine;
using Grader.Cli.Bench.Retrieval;
using Grader.Cli.Rendering;
using Grader.Pipeline.Indexing.Queries;

namespace Grader.Cli.Commands;

/// <summary>
/// <c>grader bench retrieval --set DOSSIER [--out FICHIER] [--format md|json] [--pages N] [--dossiers N]</c>: recall@1/3/5
/// and MRR of the labelled evidence for each candidate configuration, and search latency.
/// </summary>
public static class BenchRetrievalCommand
{
    public const int DefaultPages = 50;
    public const int DefaultDossiers = 2000;
    public const int DefaultChunksPerDossier = 50;
    public const int DefaultSeeds = 20;

    public static Command Create(CliContext context)
    {
        var set = new Option<string>("--set")
        {
            Description = "Le jeu d’évaluation : un sous-dossier par cas, avec dossier.pdf (ou dossier.docx) et labels.json.",
            Required = true,
        };
        var output = new Option<string?>("--out") { Description = "Écrit le rapport dans ce fichier au lieu de l’afficher." };
        var format = new Option<string>("--format")
        {
            Description = "Format du rapport : md (tableaux Markdown, par défaut) ou json.",
            DefaultValueFactory = _ => "md",
        };
        format.AcceptOnlyFromAmong("md", "json");
        var rubric = new Option<string?>("--rubric") { Description = "Référentiel des compétences étiquetées (identifiant ou dossier ; developpement-commercial par défaut)." };
        var pages = NonNegative("--pages", $"Longueur du dossier de la mesure de latence, fait des extraits du jeu répétés ({DefaultPages} pages par défaut ; 0 pour l’omettre).", DefaultPages);
        var dossiers = NonNegative("--dossiers", $"Taille de l’index synthétique pour la mesure de latence ({DefaultDossiers} par défaut ; 0 pour l’omettre).", DefaultDossiers);
        var chunks = NonNegative("--chunks-per-dossier", $"Extraits par dossier synthétique ({DefaultChunksPerDossier} par défaut).", DefaultChunksPerDossier);
        var seeds = NonNegative("--seeds", $"Tirages moyennés pour la référence « au hasard » ({DefaultSeeds} par défaut).", DefaultSeeds);

        var genericShare = new Option<double>("--generic-share")
        {
            Description = $"Les mots du référentiel présents dans au moins cette part des compétences sont retirés des requêtes ({RubricVocabulary.DefaultGenericShare.ToString(System.Globalization.CultureInfo.InvariantCulture)} par défaut ; 0 pour tout garder).",
            DefaultValueFactory = _ => RubricVocabulary.DefaultGenericShare,
        };
        genericShare.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<double>() is < 0 or > 1)
            {
                result.AddError("--generic-share doit être compris entre 0 et 1.");
            }
        });

        var command = new Command("retrieval", "Mesure la qualité (recall@1, @3, @5, MRR) et la latence de la recherche de preuves sur un jeu étiqueté.")
        {
            set, output, format, rubric, pages, dossiers, chunks, seeds, genericShare,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var options = new RetrievalBenchOptions(
                parseResult.GetValue(set)!,
                parseResult.GetValue(rubric),
                parseResult.GetValue(pages),
                parseResult.GetValue(dossiers),
                Math.Max(1, parseResult.GetValue(chunks)),
                Math.Max(1, parseResult.GetValue(seeds)),
                parseResult.GetValue(genericShare),
                $"grader bench retrieval --set {parseResult.GetValue(set)} --pages {parseResult.GetValue(pages)} --dossiers {parseResult.GetValue(dossiers)} "
                    + $"--chunks-per-dossier {parseResult.GetValue(chunks)} --seeds {parseResult.GetValue(seeds)} "
                    + $"--generic-share {parseResult.GetValue(genericShare).ToString(System.Globalization.CultureInfo.InvariantCulture)}");

            using var services = PipelineFactory.Build();
            var report = await RetrievalBench.RunAsync(services, options, cancellationToken);
            var text = parseResult.GetValue(format) == "json" ? CliJson.Serialize(report.ToJson()) : RetrievalBenchMarkdown.Write(report);
            if (parseResult.GetValue(output) is { Length: > 0 } path)
            {
                await File.WriteAllTextAsync(path, text, cancellationToken);
                await context.Error.WriteLineAsync($"Rapport écrit dans « {Path.GetFullPath(path)} ».");
            }
            else
            {
                await context.Output.WriteLineAsync(text.AsMemory(), cancellationToken);
            }

            return 0;
        });
        return command;
    }

    private static Option<int> NonNegative(string name, string description, int defaultValue)
    {
        var option = new Option<int>(name) { Description = description, DefaultValueFactory = _ => defaultValue };
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 0)
            {
                result.AddError($"{name} doit être un entier positif ou nul.");
            }
        });
        return option;
    }
}
