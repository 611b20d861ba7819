using System.CommandLine;
using Grader.Pipeline.Rubrics;
using Grader.Pipeline.Rubrics.Loading;

namespace Grader.Cli.Commands;

/// <summary><c>grader rubric list | show CODE | validate [PATH]</c>: browse and check référentiels.</summary>
internal static class RubricCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("rubric", "Parcourir et vérifier les référentiels (blocs, épreuves, compétences, critères).");
        command.Subcommands.Add(CreateList(context));
        command.Subcommands.Add(CreateShow(context));
        command.Subcommands.Add(CreateValidate(context));
        command.Subcommands.Add(RubricLockCommand.Create(context));
        return command;
    }

    private static Option<string?> RubricOption() => new("--rubric")
    {
        Description = "Identifiant ou dossier du référentiel (par défaut : developpement-commercial).",
    };

    private static Command CreateList(CliContext context)
    {
        var rubricOption = RubricOption();
        var command = new Command("list", "Lister blocs, épreuves et compétences, une ligne chacun.") { rubricOption };
        command.SetAction(parseResult =>
        {
            var rubric = RubricLoader.LoadValid(RubricLocator.ResolveRubricPath(parseResult.GetValue(rubricOption)));
            RubricListView.Write(rubric, context.Output);
            return 0;
        });
        return command;
    }

    private static Command CreateShow(CliContext context)
    {
        var rubricOption = RubricOption();
        var codeArgument = new Argument<string>("code")
        {
            Description = "Code d’une compétence tel qu’écrit dans le référentiel (C.2.2.4, C3.1.1, A.4.2.3), son identifiant (c-2-2-4), ou une épreuve (e2, e6-commerce-international).",
        };
        var command = new Command("show", "Afficher une compétence (texte, critères, épreuve, mode d’évaluation) ou une épreuve.") { codeArgument, rubricOption };
        command.SetAction(parseResult =>
        {
            var rubric = RubricLoader.LoadValid(RubricLocator.ResolveRubricPath(parseResult.GetValue(rubricOption)));
            var index = new RubricIndex(rubric);
            var code = parseResult.GetValue(codeArgument)!;
            if (index.FindCompetence(code) is { } placement)
            {
                RubricShowView.WriteCompetence(placement, rubric.Scale, context.Output);
            }
            else if (index.FindEpreuve(code) is { } epreuve)
            {
                RubricShowView.WriteEpreuve(epreuve, index, context.Output);
            }
            else
            {
                throw new RubricException(
                    "unknown-code",
                    $"Aucune compétence ni épreuve « {code} » dans le référentiel {rubric.Id} {rubric.Version}. "
                    + "Exemples : C.2.2.4, C3.1.1, A.4.2.3, c-2-2-4, e2. La liste complète : grader rubric list.");
            }

            return 0;
        });
        return command;
    }

    private static Command CreateValidate(CliContext context)
    {
        var pathArgument = new Argument<string?>("chemin")
        {
            Description = "Dossier du référentiel, son fichier rubric.yaml ou son identifiant (par défaut : developpement-commercial).",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var command = new Command("validate", "Vérifier un référentiel : code de sortie 0 s’il est valide, la liste des problèmes sinon.") { pathArgument };
        command.SetAction(parseResult =>
        {
            var result = RubricLoader.Load(RubricLocator.ResolveRubricPath(parseResult.GetValue(pathArgument)));
            if (result.IsValid)
            {
                var rubric = result.Rubric!;
                var criteria = rubric.Competences.Sum(c => c.AllCriteria().Count());
                context.Output.WriteLine(
                    $"Référentiel valide : {rubric.Id} {rubric.Version} — {rubric.Blocs.Count} blocs, {rubric.Epreuves.Count()} épreuves, "
                    + $"{rubric.Competences.Count()} compétences, {criteria} critères d’évaluation.");
                return 0;
            }

            context.Error.WriteLine($"Référentiel invalide : {result.Problems.Count} problème{(result.Problems.Count > 1 ? "s" : "")}.");
            foreach (var problem in result.Problems)
            {
                context.Error.WriteLine($"  - {problem}");
            }

            return 1;
        });
        return command;
    }
}
