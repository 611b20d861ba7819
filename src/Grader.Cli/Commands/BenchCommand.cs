using System.CommandLine;
using Grader.Pipeline.Calibration;
using Grader.Cli.Bench.Calibration;

namespace Grader.Cli.Commands;

/// <summary><c>grader bench …</c>: measurements whose figures go into docs/performance.md and docs/quality.md with their command.</summary>
internal static class BenchCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("bench", "Mesures de performance et de qualité (à lancer en configuration Release).");
        command.Subcommands.Add(BenchParseCommand.Create(context));
        command.Subcommands.Add(BenchRetrievalCommand.Create(context));
        command.Subcommands.Add(BenchQualityCommand.Create(context, provider => CalibrationEvaluators.Create(new CalibrationConfiguration(Provider: provider), null)));
        command.Subcommands.Add(BenchServiceCommand.Create(context));
        return command;
    }

}
