using System.CommandLine;
using System.Globalization;
using Grader.Cli.Bench.Quality;
using Grader.Pipeline.Calibration;
using Grader.Pipeline.Calibration.Metrics;
using Grader.Pipeline.Calibration.Quality;
using Grader.Pipeline.Evaluation.Llm;
using Grader.Pipeline.Evaluation.Model;

namespace Grader.Cli.Commands;

/// <summary>
/// <c>grader bench quality --set DOSSIER [--provider NOM] [--out FICHIER] [--format md|json]</c>: agreement of Grader's
/// levels and deliverable findings with a labelled evaluation set, beside the constant baselines of issue 5.
/// The evaluation itself comes in through <see cref="CaseEvaluatorFactory"/>, so that this verb does not depend on
/// how the pre-assessment service is built.
/// </summary>
public static class BenchQualityCommand
{
    public static Command Create(CliContext context, CaseEvaluatorFactory evaluators)
    {
        var set = new Option<string>("--set")
        {
            Description = "Le jeu d’évaluation : un sous-dossier par cas, avec dossier.pdf (ou dossier.docx) et labels.json.",
            Required = true,
        };
        var provider = new Option<string?>("--provider")
        {
            Description = "Fournisseur d’évaluation (offline, azure-openai, openai, openai-compatible) ; celui de la configuration par défaut.",
        };
        // Same leniency as « grader evaluate »: « OpenAI » names the openai provider.
        provider.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string?>() is { } value && !Providers.All.Contains(Providers.Normalize(value)))
            {
                result.AddError($"Fournisseur « {value} » inconnu : valeurs possibles {string.Join(", ", Providers.All)}.");
            }
        });
        var output = new Option<string?>("--out") { Description = "Écrit le rapport dans ce fichier au lieu de l’afficher." };
        var format = new Option<string>("--format")
        {
            Description = "Format du rapport : md (Markdown en français, par défaut) ou json.",
            DefaultValueFactory = _ => "md",
        };
        format.AcceptOnlyFromAmong("md", "json");
        var rubric = new Option<string?>("--rubric") { Description = "Référentiel des étiquettes (identifiant ou dossier ; developpement-commercial par défaut)." };
        var resamples = new Option<int>("--bootstrap")
        {
            Description = $"Nombre de tirages du bootstrap de l’intervalle de confiance du QWK ({BootstrapOptions.Default.Resamples} par défaut).",
            DefaultValueFactory = _ => BootstrapOptions.Default.Resamples,
        };
        resamples.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 1)
            {
                result.AddError("--bootstrap doit être un entier strictement positif.");
            }
        });
        var seed = new Option<int>("--seed")
        {
            Description = $"Graine du bootstrap, pour des intervalles reproductibles ({BootstrapOptions.Default.Seed} par défaut).",
            DefaultValueFactory = _ => BootstrapOptions.Default.Seed,
        };

        var command = new Command("quality", "Mesure l’accord des pré-évaluations avec les niveaux du jury sur un jeu étiqueté (QWK, accords, livrables manquants), à côté des références constantes.")
        {
            set, provider, output, format, rubric, resamples, seed,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var chosenProvider = parseResult.GetValue(provider) is { } named ? Providers.Normalize(named) : null;
            var options = new QualityBenchOptions(
                parseResult.GetValue(set)!,
                chosenProvider,
                parseResult.GetValue(rubric),
                parseResult.GetValue(resamples),
                parseResult.GetValue(seed),
                CommandLine(parseResult.GetValue(set)!, chosenProvider, parseResult.GetValue(rubric), parseResult.GetValue(resamples), parseResult.GetValue(seed)));

            var report = await QualityBench.RunAsync(options, evaluators, context.Error, cancellationToken);
            var text = parseResult.GetValue(format) == "json" ? QualityReportJson.Write(report) : QualityReportMarkdown.Write(report);
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

    // The options that change the figures, in the order a reader would retype them; --out and --format do not.
    private static string CommandLine(string set, string? provider, string? rubric, int resamples, int seed) =>
        "grader bench quality --set " + set
        + (provider is null ? "" : " --provider " + provider)
        + (rubric is null ? "" : " --rubric " + rubric)
        + (resamples == BootstrapOptions.Default.Resamples ? "" : " --bootstrap " + resamples.ToString(CultureInfo.InvariantCulture))
        + (seed == BootstrapOptions.Default.Seed ? "" : " --seed " + seed.ToString(CultureInfo.InvariantCulture));
}
