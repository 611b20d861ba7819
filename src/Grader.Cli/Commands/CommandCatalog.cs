using System.CommandLine;

namespace Grader.Cli.Commands;

/// <summary>The table of contents of the <c>grader</c> command: one line per verb.</summary>
internal static class CommandCatalog
{
    public static IEnumerable<Command> Build(CliContext context)
    {
        yield return RubricCommand.Create(context);
        yield return ParseCommand.Create(context);
        yield return ChunkCommand.Create(context);
        yield return SearchCommand.Create(context);
        yield return EvaluateCommand.Create(context);
        yield return CalibrateCommand.Create(context, Bench.Calibration.CalibrationEvaluators.Create);
        yield return BenchCommand.Create(context);
    }
}
