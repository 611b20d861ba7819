using System.CommandLine;
using System.Globalization;
using System.Text;
using Grader.Cli.Bench.Quality;
using Grader.Pipeline.Calibration;
using Grader.Pipeline.Calibration.Comparison;
using Grader.Pipeline.Calibration.Fitting;
using Grader.Pipeline.Calibration.Gates;
using Grader.Pipeline.Calibration.Metrics;
using Grader.Pipeline.Calibration.Profiles;
using Grader.Pipeline.Calibration.Quality;
using Grader.Pipeline.Calibration.Reports;
using Grader.Pipeline.Evaluation.Model;
using Grader.Pipeline.Evaluation.Offline;
using Grader.Pipeline.Rubrics;
using Grader.Pipeline.Rubrics.Loading;

namespace Grader.Cli.Commands;

/// <summary>
/// <c>grader calibrate --set DOSSIER [--provider NOM] [--samples N] [--out DOSSIER] [--rubric …] [--thresholds auto|none|PROFIL]
/// [--save-profile] [--compare A B] [--fit [--folds K] [--profile-out FICHIER]]</c>: agreement with the jury's levels on an
/// evaluation set, written as rapport.md, rapport.html and rapport.json; two configurations side by side; or the offline
/// cutoffs fitted with cross-validation. User errors exit with code 2 and a French message.
/// </summary>
public static class CalibrateCommand
{
    public const string DefaultOutput = "calibration-report";

    public static Command Create(CliContext context, CalibrationEvaluatorFactory evaluators)
    {
        var set = new Option<string?>("--set") { Description = "Le jeu d’évaluation : un sous-dossier par cas, avec dossier.pdf (ou dossier.docx) et labels.json (obligatoire)." };
        var provider = new Option<string?>("--provider") { Description = "Fournisseur d’évaluation (offline, azure-openai, openai, openai-compatible) ; celui de la configuration par défaut." };
        var samples = new Option<int>("--samples") { Description = "Tirages par compétence (auto-cohérence) ; 1 par défaut.", DefaultValueFactory = _ => 1 };
        var output = new Option<string>("--out") { Description = $"Dossier où écrire rapport.md, rapport.html et rapport.json ({DefaultOutput}/ par défaut).", DefaultValueFactory = _ => DefaultOutput };
        var rubric = new Option<string?>("--rubric") { Description = "Référentiel des étiquettes (identifiant ou dossier ; developpement-commercial par défaut)." };
        var thresholds = new Option<string?>("--thresholds") { Description = "Seuils du mode hors ligne : auto (profil ajusté du référentiel s’il existe, par défaut), none (seuils livrés) ou le chemin d’un profil." };
        var resamples = new Option<int>("--bootstrap") { Description = $"Tirages du bootstrap des intervalles de confiance ({BootstrapOptions.Default.Resamples} par défaut).", DefaultValueFactory = _ => BootstrapOptions.Default.Resamples };
        var seed = new Option<int>("--seed") { Description = $"Graine du bootstrap ({BootstrapOptions.Default.Seed} par défaut).", DefaultValueFactory = _ => BootstrapOptions.Default.Seed };
        var saveProfile = new Option<bool>("--save-profile") { Description = "Enregistre le résultat des seuils d’acceptation dans le profil de calibration du référentiel (rubrics/<id>/calibration/<version>.json) : les critères échoués apparaissent « à surveiller » dans la relecture." };
        var compare = new Option<string[]>("--compare")
        {
            Description = "Compare deux configurations sur le même jeu, par exemple --compare \"prompts=prompts-v1\" \"prompts=prompts-v2\" ; clés : " + string.Join(", ", CalibrationConfiguration.Keys) + ".",
            AllowMultipleArgumentsPerToken = true,
        };
        var fit = new Option<bool>("--fit") { Description = "Ajuste les seuils de niveau du mode hors ligne sur le jeu, évalués uniquement en validation croisée par cas, et enregistre le profil ajusté." };
        var folds = new Option<int?>("--folds") { Description = "Nombre de blocs de la validation croisée (par défaut : un cas laissé de côté à chaque fois)." };
        var profileOut = new Option<string?>("--profile-out") { Description = "Avec --fit : écrit le profil ajusté dans ce fichier au lieu du dossier du référentiel." };

        var command = new Command("calibrate", "Mesure l’accord des pré-évaluations avec les niveaux du jury sur un jeu étiqueté (accords, QWK, DMS, matrices de confusion, livrables, coût, seuils d’acceptation), compare deux configurations ou ajuste les seuils du mode hors ligne.")
        {
            set, provider, samples, output, rubric, thresholds, resamples, seed, saveProfile, compare, fit, folds, profileOut,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var request = new Request(
                parse.GetValue(set), parse.GetValue(provider), parse.GetValue(samples), parse.GetValue(output) ?? DefaultOutput, parse.GetValue(rubric),
                parse.GetValue(thresholds), parse.GetValue(resamples), parse.GetValue(seed), parse.GetValue(saveProfile), parse.GetValue(compare) ?? [],
                parse.GetValue(fit), parse.GetValue(folds), parse.GetValue(profileOut));
            request.Validate();
            var runner = new Runner(context, evaluators, request);
            return request.Fit ? await runner.FitAsync(cancellationToken)
                : request.Compare.Length > 0 ? await runner.CompareAsync(cancellationToken)
                : await runner.CalibrateAsync(cancellationToken);
        });
        return command;
    }

    private sealed record Request(
        string? Set, string? Provider, int Samples, string Out, string? Rubric, string? Thresholds, int Resamples, int Seed,
        bool SaveProfile, string[] Compare, bool Fit, int? Folds, string? ProfileOut)
    {
        public BootstrapOptions Bootstrap => new(Resamples, Seed);

        public CalibrationConfiguration Base => new(
            Provider is null ? null : CalibrationConfiguration.CheckedProvider(Provider), Thresholds: Thresholds, Samples: Samples, Rubric: Rubric);

        public void Validate()
        {
            if (string.IsNullOrWhiteSpace(Set))
            {
                throw Bad("indiquez le jeu d’évaluation avec --set, par exemple --set eval-sets/dossiers-v1.");
            }

            if (Provider is not null)
            {
                CalibrationConfiguration.CheckedProvider(Provider);
            }

            CalibrationConfiguration.CheckedSamples(Samples.ToString(CultureInfo.InvariantCulture));
            if (Resamples < 1)
            {
                throw Bad("--bootstrap doit être un entier strictement positif.");
            }

            if (Compare.Length is not (0 or 2))
            {
                throw Bad($"--compare attend exactement deux configurations (reçu {Compare.Length}), par exemple --compare \"thresholds=none\" \"thresholds=auto\".");
            }

            if (Fit && Compare.Length > 0)
            {
                throw Bad("--fit et --compare ne se combinent pas : ajustez d’abord (--fit --profile-out profil.json), puis comparez (--compare \"thresholds=none\" \"thresholds=profil.json\").");
            }

            if (SaveProfile && (Fit || Compare.Length > 0))
            {
                throw Bad("--save-profile enregistre les seuils d’acceptation d’une seule configuration : il ne se combine ni avec --compare ni avec --fit.");
            }

            if (Folds is { } k && k < 2)
            {
                throw Bad("--folds doit valoir au moins 2.");
            }

            if ((Folds is not null || ProfileOut is not null) && !Fit)
            {
                throw Bad("--folds et --profile-out ne s’emploient qu’avec --fit.");
            }

            if (Fit && Provider is not null && Base.Provider != Providers.Offline)
            {
                throw Bad("--fit ajuste les seuils du mode hors ligne : utilisez --provider offline (ou aucun fournisseur).");
            }
        }

        public string CommandLine()
        {
            var line = new StringBuilder("grader calibrate --set ").Append(Set);
            void Add(string option, string? value)
            {
                if (value is not null)
                {
                    line.Append(' ').Append(option).Append(' ').Append(value.Contains(' ', StringComparison.Ordinal) || value.Contains(';', StringComparison.Ordinal) ? $"\"{value}\"" : value);
                }
            }

            Add("--provider", Provider is null ? null : CalibrationConfiguration.CheckedProvider(Provider));
            Add("--samples", Samples == 1 ? null : Samples.ToString(CultureInfo.InvariantCulture));
            Add("--rubric", Rubric);
            Add("--thresholds", Thresholds);
            Add("--bootstrap", Resamples == BootstrapOptions.Default.Resamples ? null : Resamples.ToString(CultureInfo.InvariantCulture));
            Add("--seed", Seed == BootstrapOptions.Default.Seed ? null : Seed.ToString(CultureInfo.InvariantCulture));
            if (Compare.Length == 2)
            {
                line.Append(" --compare \"").Append(Compare[0]).Append("\" \"").Append(Compare[1]).Append('"');
            }

            if (Fit)
            {
                line.Append(" --fit");
                Add("--folds", Folds?.ToString(CultureInfo.InvariantCulture));
                Add("--profile-out", ProfileOut);
            }

            return line.ToString();
        }
    }

    private sealed class Runner(CliContext context, CalibrationEvaluatorFactory evaluators, Request request)
    {
        private readonly QualityBench.Progress progress = new(context.Error);

        public async Task<int> CalibrateAsync(CancellationToken cancellationToken)
        {
            var configuration = request.Base;
            var set = ReadSet(configuration);
            var run = await RunAsync(configuration, set, cancellationToken);
            var folder = Output();
            await WriteAsync(folder, "rapport.md", CalibrationReportMarkdown.Write(run.Report), cancellationToken);
            await WriteAsync(folder, "rapport.html", CalibrationReportHtml.Write(run.Report), cancellationToken);
            await WriteAsync(folder, "rapport.json", CalibrationReportJson.Write(run.Report), cancellationToken);
            await context.Output.WriteLineAsync(CalibrationReportMarkdown.Summary(run.Report).AsMemory(), cancellationToken);
            await context.Error.WriteLineAsync($"Rapports écrits dans « {folder} » : rapport.md, rapport.html, rapport.json.");
            if (request.SaveProfile)
            {
                var path = SaveGates(set.Rubric, run.Report);
                await context.Error.WriteLineAsync($"Seuils d’acceptation enregistrés dans le profil « {path} ».");
            }

            return 0;
        }

        public async Task<int> CompareAsync(CancellationToken cancellationToken)
        {
            var a = CalibrationConfiguration.Parse(request.Compare[0], request.Base);
            var b = CalibrationConfiguration.Parse(request.Compare[1], request.Base);
            // Both sets are read before anything is evaluated: a label problem must not surface after a paid run.
            var (setA, setB) = (ReadSet(a), ReadSet(b));
            await context.Error.WriteLineAsync($"Configuration A : {a.Label}");
            var runA = await RunAsync(a, setA, cancellationToken);
            await context.Error.WriteLineAsync($"Configuration B : {b.Label}");
            var runB = await RunAsync(b, setB, cancellationToken);
            var comparison = CalibrationComparisonBuilder.Build(runA, runB, request.CommandLine(), request.Bootstrap, Notes(a, b));
            var folder = Output();
            await WriteAsync(folder, "rapport.md", CalibrationComparisonWriters.Markdown(comparison), cancellationToken);
            await WriteAsync(folder, "rapport.html", CalibrationComparisonWriters.Html(comparison), cancellationToken);
            await WriteAsync(folder, "rapport.json", CalibrationReportJson.Write(comparison), cancellationToken);
            await WriteAsync(folder, "rapport-a.html", CalibrationReportHtml.Write(runA.Report), cancellationToken);
            await WriteAsync(folder, "rapport-b.html", CalibrationReportHtml.Write(runB.Report), cancellationToken);
            await context.Output.WriteLineAsync(CalibrationComparisonWriters.Markdown(comparison, summaryOnly: true).AsMemory(), cancellationToken);
            await context.Error.WriteLineAsync($"Rapports écrits dans « {folder} » : rapport.md, rapport.html, rapport.json, rapport-a.html, rapport-b.html.");
            return 0;
        }

        public async Task<int> FitAsync(CancellationToken cancellationToken)
        {
            // Evidence is recorded with the shipped cutoffs, whatever profile the configuration would use.
            var configuration = request.Base with { Provider = Providers.Offline, Thresholds = OfflineThresholdsSource.None };
            var set = ReadSet(configuration);
            var fit = await OfflineFit.RunAsync(
                set, observer => evaluators(configuration, observer), request.Folds, request.Bootstrap, FitOptions.Default, request.CommandLine(), progress, cancellationToken);
            var folder = Output();
            await WriteAsync(folder, "ajustement.md", OfflineFitMarkdown.Write(fit), cancellationToken);
            await WriteAsync(folder, "ajustement.json", CalibrationReportJson.Write(new
            {
                fit.Set,
                fit.Command,
                fit.Cases,
                CrossValidation = fit.CrossValidation.Summary(),
                KappaDifference = fit.CrossValidation.KappaDifference,
                Levels = fit.CrossValidation.Levels.Select(l => new { l.Sample.Case, l.Sample.Code, Jury = l.Sample.Human, l.Fold, l.Before, l.After }),
                fit.Profile,
                fit.FailedCases,
            }), cancellationToken);
            var path = request.ProfileOut ?? CalibrationProfileStore.PathFor(set.Rubric);
            var profile = (request.ProfileOut is null ? CalibrationProfileStore.Open(set.Rubric) : NewProfile(set.Rubric)) with { OfflineThresholds = fit.Profile };
            CalibrationProfileStore.WriteFile(path, profile);
            await context.Output.WriteLineAsync(OfflineFitMarkdown.Write(fit).AsMemory(), cancellationToken);
            await context.Error.WriteLineAsync($"Rapport écrit dans « {folder} » (ajustement.md, ajustement.json) ; profil ajusté enregistré dans « {Path.GetFullPath(path)} ».");
            return 0;
        }

        private EvaluationSet ReadSet(CalibrationConfiguration configuration) =>
            EvaluationSet.Read(request.Set!, RubricLoader.LoadValid(RubricLocator.ResolveRubricPath(configuration.Rubric)));

        private async Task<ConfigurationRun> RunAsync(CalibrationConfiguration configuration, EvaluationSet set, CancellationToken cancellationToken)
        {
            var outcomes = await QualityRun.EvaluateAndDisposeAsync(set, evaluators(configuration, null), progress, cancellationToken);
            var settings = new QualityReportSettings(request.CommandLine(), request.Bootstrap);
            return new ConfigurationRun(set, outcomes, CalibrationReportBuilder.Build(set, outcomes, settings, GateThresholds.Default, configuration.Label));
        }

        private string Output()
        {
            try
            {
                return Directory.CreateDirectory(request.Out).FullName;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                throw Bad($"impossible de créer le dossier de sortie « {request.Out} » : {ex.Message}");
            }
        }

        private string SaveGates(Rubric rubric, CalibrationReport report)
        {
            var path = CalibrationProfileStore.PathFor(rubric);
            var gates = new GateProfile(
                DateTimeOffset.UtcNow, report.Quality.Set, report.Quality.Command, report.Configuration, report.Quality.Providers, report.GateThresholds, report.Gates);
            CalibrationProfileStore.WriteFile(path, CalibrationProfileStore.Open(rubric) with { Gates = gates });
            return Path.GetFullPath(path);
        }

        private static CalibrationProfile NewProfile(Rubric rubric) =>
            new() { RubricId = rubric.Id, RubricVersion = rubric.Version, RubricFingerprint = RubricFingerprint.Compute(rubric) };

        private static List<string> Notes(CalibrationConfiguration a, CalibrationConfiguration b)
        {
            var notes = new List<string>();
            var offline = a.IsOffline(Providers.Offline) && b.IsOffline(Providers.Offline);
            if (offline && (a.Prompts != b.Prompts || a.Model != b.Model || a.Endpoint != b.Endpoint))
            {
                notes.Add("les deux configurations sont hors ligne : les prompts et le modèle n’y sont pas utilisés, leurs niveaux ne peuvent différer que par les seuils (thresholds), "
                    + "le référentiel ou les tirages. Comparer deux versions de prompts demande un fournisseur avec modèle (--provider openai-compatible…).");
            }

            if (a == b)
            {
                notes.Add("les deux configurations sont identiques.");
            }

            return notes;
        }

        private static async Task WriteAsync(string folder, string name, string text, CancellationToken cancellationToken) =>
            await File.WriteAllTextAsync(Path.Combine(folder, name), text, cancellationToken);
    }

    private static EvaluationSetException Bad(string message) => new("bad-calibrate-option", message);
}
