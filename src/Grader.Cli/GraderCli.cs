using System.CommandLine;
using System.Globalization;
using Grader.Cli.Commands;
using Grader.Pipeline.Common;
using Microsoft.Extensions.Options;

namespace Grader.Cli;

/// <summary>
/// The <c>grader</c> command: builds the verb tree and turns user errors into French messages on standard
/// error with a non-zero exit code. Tests call <see cref="RunAsync"/> in process with their own writers.
/// </summary>
public static class GraderCli
{
    /// <summary>Exit code for errors the user can fix (bad file, unknown code, invalid rubric).</summary>
    public const int UserErrorExitCode = 2;

    /// <summary>Exit code for unexpected failures (a bug): the detail is logged, the user gets a short message.</summary>
    public const int InternalErrorExitCode = 70;

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        // Messages of the command-line parser itself (missing argument, unknown option) come in French too.
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("fr-FR");

        var context = new CliContext(output, error);
        var root = new RootCommand("Grader — pré-évaluation des dossiers écrits de la certification, pour le jury.");
        foreach (var command in CommandCatalog.Build(context))
        {
            root.Subcommands.Add(command);
        }

        var configuration = new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false };
        try
        {
            return await root.Parse(args).InvokeAsync(configuration, cancellationToken);
        }
        catch (GraderException ex)
        {
            await error.WriteLineAsync($"Erreur : {ex.Message}");
            return UserErrorExitCode;
        }
        catch (OptionsValidationException ex)
        {
            // A wrong value in appsettings.json or a Grader__… variable: the validators word each failure in French.
            await error.WriteLineAsync("Erreur : configuration invalide.");
            foreach (var failure in ex.Failures)
            {
                await error.WriteLineAsync($"  - {failure}");
            }

            return UserErrorExitCode;
        }
        catch (OperationCanceledException)
        {
            await error.WriteLineAsync("Opération interrompue.");
            return UserErrorExitCode;
        }
        catch (Exception ex)
        {
            await error.WriteLineAsync("Erreur interne inattendue : l’opération n’a pas abouti. Détail technique :");
            await error.WriteLineAsync(ex.ToString());
            return InternalErrorExitCode;
        }
    }
}
