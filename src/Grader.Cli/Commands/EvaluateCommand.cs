using System.CommandLine;
using Grader.Cli.Rendering;
using Grader.Pipeline.Evaluation.Llm;
using Grader.Pipeline.Evaluation.Model;
using Grader.Pipeline.Evaluation.Orchestration;
using Grader.Pipeline.Privacy;
using Grader.Pipeline.Reporting;
using Grader.Pipeline.Rubrics;
using Grader.Pipeline.Rubrics.Loading;
using Microsoft.Extensions.DependencyInjection;

namespace Grader.Cli.Commands;

/// <summary>
/// <c>grader evaluate FICHIER... (--epreuve ID | --bloc N) [--provider NOM] [--samples N] [--format md|json|docx]
/// [--out CHEMIN] [--dry-run] [--candidate-name …] [--candidate-id …] [--candidate-email …]</c>: the pre-assessment
/// of one épreuve for the juror — Markdown on standard output by default, JSON or the DOCX grid in a file.
/// </summary>
internal static class EvaluateCommand
{
    public static Command Create(CliContext context)
    {
        var files = new Argument<string[]>("fichiers")
        {
            Description = "Les fichiers du dossier : le dossier écrit, et s’il y a lieu son support visuel (.pptx) et son tableau de bord (.xlsx).",
            Arity = ArgumentArity.OneOrMore,
        };
        var epreuve = new Option<string?>("--epreuve") { Description = "L’épreuve évaluée, par son identifiant (e2, e6-commerce-international) ou son code (E2)." };
        var bloc = new Option<int?>("--bloc") { Description = "Le numéro du bloc dont on évalue l’épreuve (à la place de --epreuve)." };
        var provider = new Option<string?>("--provider") { Description = "offline (par défaut), azure-openai, openai ou openai-compatible ; remplace Grader:Llm:Provider." };
        var samples = new Option<int>("--samples") { Description = "Nombre de tirages par compétence (auto-cohérence) ; 1 par défaut.", DefaultValueFactory = _ => 1 };
        var format = new Option<string>("--format") { Description = "md (rapport, par défaut), json (contrat) ou docx (grille d’évaluation).", DefaultValueFactory = _ => "md" };
        format.AcceptOnlyFromAmong("md", "json", "docx");
        var output = new Option<string?>("--out", "-o") { Description = "Fichier de sortie ; obligatoire pour docx." };
        var dryRun = new Option<bool>("--dry-run") { Description = "Affiche le budget de jetons par compétence et au total, sans appeler de modèle." };
        var name = new Option<string?>("--candidate-name") { Description = "Nom du candidat, remplacé avant tout envoi à un modèle." };
        var id = new Option<string?>("--candidate-id") { Description = "Numéro du candidat, remplacé avant tout envoi à un modèle." };
        var email = new Option<string?>("--candidate-email") { Description = "Adresse électronique du candidat, remplacée avant tout envoi à un modèle." };
        var rubric = new Option<string?>("--rubric") { Description = "Le référentiel (dossier ou identifiant) ; par défaut developpement-commercial." };

        var command = new Command("evaluate", "Pré-évalue le dossier pour une épreuve : niveaux proposés, citations vérifiées, livrables, questions pour la soutenance et retour au candidat.")
        {
            files, epreuve, bloc, provider, samples, format, output, dryRun, name, id, email, rubric,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var chosenFormat = parseResult.GetValue(format)!;
            var outPath = parseResult.GetValue(output);
            var isDryRun = parseResult.GetValue(dryRun);
            if (chosenFormat == "docx" && string.IsNullOrWhiteSpace(outPath) && !isDryRun)
            {
                throw new EvaluationException("docx-needs-out", "Le format docx s’écrit dans un fichier : indiquez-le avec --out, par exemple --out grille.docx.");
            }

            using var services = PipelineFactory.Build(Overrides(parseResult.GetValue(provider)));
            ConfiguredOptions.ReadIndex(services);
            var llm = ConfiguredOptions.Read<LlmOptions>(services);
            ConfiguredOptions.Read<EvaluationOptions>(services);
            if (parseResult.GetValue(samples) > 1 && llm.Temperature == 0 && Providers.UsesLanguageModel(Providers.Normalize(llm.Provider)))
            {
                await context.Error.WriteLineAsync("Remarque : avec Grader:Llm:Temperature à 0, les tirages risquent d’être identiques ; augmentez la température pour que --samples mesure l’accord.");
            }
            var loaded = RubricLoader.LoadValid(RubricLocator.ResolveRubricPath(parseResult.GetValue(rubric)));
            var request = new EvaluationRequest(
                loaded,
                parseResult.GetValue(files) ?? [],
                parseResult.GetValue(epreuve),
                parseResult.GetValue(bloc),
                new CandidateIdentity(parseResult.GetValue(name), parseResult.GetValue(id), parseResult.GetValue(email)),
                parseResult.GetValue(samples),
                isDryRun);
            var result = await services.GetRequiredService<PreAssessmentService>().EvaluateAsync(request, cancellationToken);
            if (result.Budget is { } budget)
            {
                await context.Output.WriteLineAsync(DryRunBudgetWriter.Write(budget).AsMemory(), cancellationToken);
                return 0;
            }

            await WriteAsync(result.Assessment!, loaded, chosenFormat, outPath, context, cancellationToken);
            return 0;
        });
        return command;
    }

    internal static Dictionary<string, string?> Overrides(string? provider)
    {
        var overrides = new Dictionary<string, string?>(StringComparer.Ordinal);
        if (provider is null)
        {
            return overrides;
        }

        var normalized = Providers.Normalize(provider);
        if (!Providers.All.Contains(normalized))
        {
            throw new EvaluationException("unknown-provider", $"Fournisseur « {provider} » inconnu : valeurs possibles {string.Join(", ", Providers.All)}.");
        }

        overrides[LlmOptions.SectionName + ":" + nameof(LlmOptions.Provider)] = normalized;
        return overrides;
    }

    private static async Task WriteAsync(PreAssessment assessment, Rubric rubric, string format, string? outPath, CliContext context, CancellationToken cancellationToken)
    {
        if (format == "docx")
        {
            await using var stream = File.Create(outPath!);
            await new PreAssessmentDocxWriter().WriteAsync(assessment, rubric, stream, cancellationToken);
            await context.Output.WriteLineAsync($"Grille d’évaluation écrite dans {outPath}.");
            return;
        }

        var text = format == "json" ? new PreAssessmentJsonWriter().Write(assessment) : new PreAssessmentMarkdownWriter().Write(assessment, rubric);
        if (string.IsNullOrWhiteSpace(outPath))
        {
            await context.Output.WriteLineAsync(text.AsMemory(), cancellationToken);
            return;
        }

        await File.WriteAllTextAsync(outPath, text, cancellationToken);
        await context.Output.WriteLineAsync($"Pré-évaluation écrite dans {outPath}.");
    }
}
