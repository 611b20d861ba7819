using System.CommandLine;

namespace Grader.Cli.Commands;

/// <summary><c>grader bench …</c>: measurements whose figures go into docs/performance.md with their command.</summary>
internal static class BenchCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("bench", "Mesures de performance (à lancer en configuration Release).");
        command.Subcommands.Add(BenchParseCommand.Create(context));
        command.Subcommands.Add(BenchRetrievalCommand.Create(context));
        return command;
    }
}
