using System.CommandLine;
using Grader.Pipeline.Rubrics;
using Grader.Pipeline.Rubrics.Loading;

namespace Grader.Cli.Commands;

/// <summary><c>grader rubric lock [PATH]</c>: records the rubric's current version and content fingerprint.</summary>
internal static class RubricLockCommand
{
    public static Command Create(CliContext context)
    {
        var pathArgument = new Argument<string?>("chemin")
        {
            Description = "Dossier du référentiel, son fichier rubric.yaml ou son identifiant (par défaut : developpement-commercial).",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var command = new Command("lock", "Enregistrer la version du référentiel et l’empreinte de son contenu (après une modification relue).") { pathArgument };
        command.SetAction(parseResult =>
        {
            var path = RubricLocator.ResolveRubricPath(parseResult.GetValue(pathArgument));
            var result = RubricLoader.Load(path);
            var blocking = result.Problems.Where(p => !p.File.EndsWith(RubricVersionLock.FileName, StringComparison.Ordinal)).ToList();
            if (result.Rubric is null || blocking.Count > 0)
            {
                throw RubricException.Invalid(blocking);
            }

            RubricVersionLock.Record(result.Rubric);
            context.Output.WriteLine($"Version {result.Rubric.Version} de {result.Rubric.Id} enregistrée ({RubricFingerprint.Compute(result.Rubric)}).");
            return 0;
        });
        return command;
    }
}
